import { ScrollView, Text, View } from '@tarojs/components';

/**
 * One chip per option (and 全部 first when `allLabel` is given), the selected one highlighted.
 * `scroll` keeps them on one line that swipes sideways. Each chip carries `data-category`.
 */
export function ChoiceChips<T extends string>({
  options,
  labels,
  selected,
  onChange,
  allLabel,
  scroll = false,
  testId,
}: {
  options: readonly T[];
  labels: Record<T, string>;
  selected: T | null;
  onChange: (option: T | null) => void;
  allLabel?: string;
  scroll?: boolean;
  testId: string;
}) {
  const chip = (value: T | null, key: string, label: string) => (
    <View
      key={key}
      className={`psv-choice${selected === value ? ' psv-choice--active' : ''}`}
      data-category={key}
      onClick={() => onChange(value)}
    >
      <Text>{label}</Text>
    </View>
  );
  const chips = [
    ...(allLabel ? [chip(null, 'all', allLabel)] : []),
    ...options.map((option) => chip(option, option, labels[option])),
  ];
  return scroll ? (
    <View data-testid={testId}>
      <ScrollView scrollX enhanced showScrollbar={false} className="psv-choice-scroll">
        {chips}
      </ScrollView>
    </View>
  ) : (
    <View className="psv-choice-group" data-testid={testId}>
      {chips}
    </View>
  );
}
