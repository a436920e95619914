import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api } from '../../api/api';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { usePagedList } from '../households/use-paged-list';
import { ExhibitCard } from './exhibit-card/exhibit-card';
import { exhibitDetailPath } from './exhibit-paths';
import type { ExhibitCardView } from './exhibits-api';
import './exhibit-card/exhibit-card.css';

/** 待审核投稿 of the cadre's village, oldest first; each opens its detail with the review panel. */
export function ReviewQueue() {
  const list = usePagedList<ExhibitCardView>(
    (cursor) => api.exhibits.reviewQueue({ limit: 20, ...(cursor ? { cursor } : {}) }),
    'review-queue',
  );
  // Back from a decision: the handled item leaves the queue.
  useDidShow(() => {
    if (list.state !== 'loading') list.reload();
  });
  if (list.state === 'loading') return <LoadingState text="正在读取待审核投稿…" />;
  if (list.state === 'error' && list.error) {
    return <ErrorState message={list.error.message} code={list.error.code} onRetry={list.reload} />;
  }
  if (list.items.length === 0) {
    return <EmptyState title="没有等待审核的投稿" hint="村民投稿后会出现在这里。" />;
  }
  const open = (exhibitId: string) => void Taro.navigateTo({ url: exhibitDetailPath(exhibitId) });
  return (
    <View data-testid="review-queue">
      <View className="psv-text-secondary">
        共 {list.items.length} 份{list.hasMore ? '以上' : ''}，点开逐份审核。
      </View>
      <View className="psv-exhibit-grid">
        {list.items.map((exhibit) => (
          <ExhibitCard key={exhibit.exhibitId} exhibit={exhibit} onOpen={open} />
        ))}
      </View>
      {list.hasMore && (
        <View className="psv-button" onClick={list.loadMore}>
          <Text>{list.loadingMore ? '正在加载…' : '加载更多'}</Text>
        </View>
      )}
    </View>
  );
}
