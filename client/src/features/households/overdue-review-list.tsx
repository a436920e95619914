import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api } from '../../api/api';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import type { HouseholdSummary } from './households-api';
import { householdDetailPath } from './official-roles';
import { usePagedList } from './use-paged-list';

/** 到期未复核的三类户, opened from 待办: each opens the household's record. */
export function OverdueReviewList() {
  const list = usePagedList<HouseholdSummary>(
    (cursor) =>
      api.households.list({ reviewOverdue: true, limit: 20, ...(cursor ? { cursor } : {}) }),
    'overdue-reviews',
  );
  return (
    <View data-testid="overdue-review-list">
      {list.state === 'loading' && <LoadingState />}
      {list.state === 'error' && list.error && (
        <ErrorState message={list.error.message} onRetry={list.reload} />
      )}
      {list.state === 'ready' && list.items.length === 0 && (
        <EmptyState title="没有到期未复核的三类户" />
      )}
      {list.items.map((h) => (
        <View
          key={h.householdId}
          className="psv-field psv-row"
          data-testid="overdue-household"
          onClick={() => void Taro.navigateTo({ url: householdDetailPath(h.householdId) })}
        >
          <Text>
            {h.headName}（{h.villageName ?? ''}）
          </Text>
          <Text className="psv-text-secondary">查看 ›</Text>
        </View>
      ))}
      {list.state === 'ready' && list.hasMore && (
        <View className="psv-button" onClick={list.loadMore}>
          <Text>{list.loadingMore ? '正在加载…' : '更多'}</Text>
        </View>
      )}
    </View>
  );
}
