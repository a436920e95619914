import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import type { PagedList } from '../households/use-paged-list';
import { LastSeenLine } from '../offline/last-seen-line/last-seen-line';
import { ExhibitCard } from './exhibit-card/exhibit-card';
import type { ExhibitCardView } from './exhibits-api';
import { exhibitDetailPath } from './exhibit-paths';

/** Two columns of cards with loading / empty / error states and 加载更多. */
export function ExhibitGrid({
  list,
  emptyTitle,
}: {
  list: PagedList<ExhibitCardView>;
  emptyTitle: string;
}) {
  const open = (exhibitId: string) => void Taro.navigateTo({ url: exhibitDetailPath(exhibitId) });
  return (
    <View data-testid="exhibit-list" data-state={list.state}>
      <LastSeenLine savedAt={list.lastSeenAt} />
      {list.state === 'loading' && <LoadingState text="正在打开村史家珍…" />}
      {list.state === 'error' && list.error && (
        <ErrorState message={list.error.message} onRetry={list.reload} />
      )}
      {list.state === 'ready' && list.items.length === 0 && (
        <EmptyState
          title={emptyTitle}
          hint="换个村子或分类看看，也可以把家里的老物件拍下来投稿。"
        />
      )}
      {list.state === 'ready' && (
        <View className="psv-exhibit-grid">
          {list.items.map((exhibit) => (
            <ExhibitCard key={exhibit.exhibitId} exhibit={exhibit} onOpen={open} />
          ))}
        </View>
      )}
      {list.moreError && <View className="psv-field__error">{list.moreError.message}</View>}
      {list.state === 'ready' && list.hasMore && (
        <View className="psv-button" data-testid="exhibit-load-more" onClick={list.loadMore}>
          <Text>{list.loadingMore ? '正在加载…' : '加载更多'}</Text>
        </View>
      )}
    </View>
  );
}
