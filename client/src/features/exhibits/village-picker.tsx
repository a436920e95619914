import { ScrollView, Text, View } from '@tarojs/components';
import { ErrorState, LoadingState } from '../../components/page-state/page-state';
import { useVillages } from './use-villages';
import './exhibit-card/exhibit-card.css';

/** One chip per village; `withAll` adds 全部村. */
export function VillagePicker({
  selected,
  onChange,
  withAll = true,
}: {
  selected: string | null;
  onChange: (villageId: string | null) => void;
  withAll?: boolean;
}) {
  const villages = useVillages();
  if (villages.state === 'loading') return <LoadingState text="正在读取村子…" />;
  if (villages.state === 'error') {
    return (
      <ErrorState
        message={villages.error.message}
        code={villages.error.code}
        onRetry={villages.reload}
      />
    );
  }
  return (
    <View data-testid="village-picker">
      <ScrollView scrollX enhanced showScrollbar={false} className="psv-choice-scroll">
        {withAll && (
          <View
            className={`psv-choice${selected === null ? ' psv-choice--active' : ''}`}
            data-village="all"
            onClick={() => onChange(null)}
          >
            <Text>全部村</Text>
          </View>
        )}
        {villages.data.items.map((village) => (
          <View
            key={village.id}
            className={`psv-choice${selected === village.id ? ' psv-choice--active' : ''}`}
            data-village={village.id}
            data-village-name={village.name}
            onClick={() => onChange(village.id)}
          >
            <Text>{village.name}</Text>
          </View>
        ))}
      </ScrollView>
    </View>
  );
}
