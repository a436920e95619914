import { Text, View } from '@tarojs/components';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { formatDateTime } from './household-labels';
import { useHouseholdTimeline } from './use-household-timeline';

/** Everything that happened to the household, newest first, with "load more". */
export function HouseholdTimeline({ householdId }: { householdId: string }) {
  const timeline = useHouseholdTimeline(householdId);
  return (
    <View className="psv-card" data-testid="household-timeline" data-state={timeline.state}>
      <View className="psv-subtitle">办事记录</View>
      {timeline.state === 'loading' && <LoadingState />}
      {timeline.state === 'error' && timeline.error && (
        <ErrorState message={timeline.error.message} onRetry={timeline.reload} />
      )}
      {timeline.state === 'ready' && timeline.items.length === 0 && (
        <EmptyState title="还没有记录" hint="申报、理赔、培训和档案变动都会记在这里。" />
      )}
      {timeline.items.map((event) => (
        <View
          key={event.eventId}
          className="psv-timeline__item"
          data-testid="timeline-event"
          data-kind={event.kind}
        >
          <View className="psv-timeline__title">{event.title}</View>
          {event.detail && <View>{event.detail}</View>}
          <View className="psv-text-secondary">{formatDateTime(event.at)}</View>
        </View>
      ))}
      {timeline.moreError && (
        <View className="psv-field__error" role="alert">
          {timeline.moreError.message}
        </View>
      )}
      {timeline.state === 'ready' && timeline.hasMore && (
        <View
          className="psv-button"
          data-testid="timeline-more"
          onClick={timeline.loadingMore ? undefined : timeline.loadMore}
        >
          <Text>{timeline.loadingMore ? '正在加载…' : '加载更多'}</Text>
        </View>
      )}
      {timeline.state === 'ready' && !timeline.hasMore && timeline.items.length > 0 && (
        <View className="psv-text-secondary">没有更早的记录了</View>
      )}
    </View>
  );
}
