import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api } from '../../api/api';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { usePagedList } from '../households/use-paged-list';
import { ClaimQueueItem } from './claim-queue-item';
import type { ClaimSummary } from './claims-work-api';
import { claimCasePath } from './claims-work-paths';

/** On the 户情 360° page: the household's 防贫保险 claims, newest first. */
export function HouseholdClaimsSection({ householdId }: { householdId: string }) {
  const list = usePagedList<ClaimSummary>(
    (cursor) =>
      api.claims.queue({
        view: 'all',
        overdueOnly: false,
        householdId,
        limit: 10,
        ...(cursor ? { cursor } : {}),
      }),
    householdId,
  );
  return (
    <View className="psv-card" data-testid="household-claims" data-state={list.state}>
      <View className="psv-subtitle">防贫保险理赔</View>
      {list.state === 'loading' && <LoadingState />}
      {list.state === 'error' && list.error && (
        <ErrorState message={list.error.message} onRetry={list.reload} />
      )}
      {list.state === 'ready' && list.items.length === 0 && <EmptyState title="这户没有理赔申请" />}
      {list.items.map((item) => (
        <ClaimQueueItem
          key={item.claimId}
          item={item}
          onOpen={() => void Taro.navigateTo({ url: claimCasePath(item.claimId) })}
        />
      ))}
      {list.state === 'ready' && list.hasMore && (
        <View className="psv-button" data-testid="household-claims-more" onClick={list.loadMore}>
          <Text>{list.loadingMore ? '正在加载…' : '更多理赔'}</Text>
        </View>
      )}
    </View>
  );
}
