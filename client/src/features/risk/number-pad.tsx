import { Text, View } from '@tarojs/components';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'back'] as const;
const KEY_LABEL: Record<string, string> = { clear: '清空', back: '退格' };

/**
 * Big on-screen digits (no phone keyboard to hunt for): 0–9, 退格, 清空. `value` holds digits
 * only; a leading 0 is replaced by the next digit.
 */
export function NumberPad({
  value,
  onChange,
  maxLength,
}: {
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
}) {
  const press = (key: (typeof KEYS)[number]) => {
    if (key === 'clear') return onChange('');
    if (key === 'back') return onChange(value.slice(0, -1));
    if (value.length >= maxLength) return;
    onChange(value === '0' ? key : value + key);
  };
  return (
    <View className="psv-risk-pad" data-testid="risk-number-pad">
      {KEYS.map((key) => (
        <View
          key={key}
          className={`psv-button psv-risk-pad__key${key.length > 1 ? ' psv-risk-pad__key--word' : ''}`}
          data-testid={`risk-key-${key}`}
          onClick={() => press(key)}
        >
          <Text>{KEY_LABEL[key] ?? key}</Text>
        </View>
      ))}
    </View>
  );
}

/** 12000 → 「12,000」. */
export function groupedDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
