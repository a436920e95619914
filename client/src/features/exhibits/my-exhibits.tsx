import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { EXHIBIT_CATEGORY_LABEL } from '@shared/exhibits/exhibit-labels';
import { api } from '../../api/api';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { usePagedList } from '../households/use-paged-list';
import './exhibit-card/exhibit-card.css';
import { ExhibitStatusBadge } from './exhibit-status-badge';
import { ExhibitHistory } from './exhibit-history';
import { CONTRIBUTE_PATH, exhibitDetailPath, resubmitPath } from './exhibit-paths';
import type { MyExhibitView } from './exhibits-api';

/** 我的投稿: every contribution with where it stands and the cadre's note. */
export function MyExhibits() {
  const list = usePagedList<MyExhibitView>(
    (cursor) => api.exhibits.mine({ limit: 20, ...(cursor ? { cursor } : {}) }),
    'mine',
  );
  // Back from 重新提交: the item shows where it stands now.
  useDidShow(() => {
    if (list.state !== 'loading') list.reload();
  });
  if (list.state === 'loading') return <LoadingState text="正在读取我的投稿…" />;
  if (list.state === 'error' && list.error) {
    return <ErrorState message={list.error.message} code={list.error.code} onRetry={list.reload} />;
  }
  if (list.items.length === 0) {
    return (
      <EmptyState title="您还没有投过稿" hint="家里的老照片、老物件、家训，都可以拍下来投稿。">
        <View
          className="psv-button psv-button--primary"
          onClick={() => void Taro.navigateTo({ url: CONTRIBUTE_PATH })}
        >
          <Text>我要投稿</Text>
        </View>
      </EmptyState>
    );
  }
  return (
    <View data-testid="my-exhibits">
      {list.items.map((item) => (
        <View
          key={item.exhibitId}
          className="psv-card"
          data-testid="my-exhibit"
          data-exhibit-id={item.exhibitId}
          onClick={() => void Taro.navigateTo({ url: exhibitDetailPath(item.exhibitId) })}
        >
          <View className="psv-subtitle">{item.title}</View>
          <View className="psv-text-secondary">
            {EXHIBIT_CATEGORY_LABEL[item.category]} · {item.villageName ?? ''}
          </View>
          <ExhibitStatusBadge status={item.status} />
          {item.reviewNote && (
            <View className="psv-exhibit-note" data-testid="my-exhibit-note">
              村里的意见：{item.reviewNote}
            </View>
          )}
          {item.status === 'needs_edit' && (
            <View
              className="psv-button psv-button--primary"
              data-testid="my-exhibit-resubmit"
              onClick={(event) => {
                event.stopPropagation();
                void Taro.navigateTo({ url: resubmitPath(item.exhibitId) });
              }}
            >
              <Text>修改后重新提交</Text>
            </View>
          )}
          {item.history.length > 1 && <ExhibitHistory history={item.history} />}
        </View>
      ))}
      {list.hasMore && (
        <View className="psv-button" onClick={list.loadMore}>
          <Text>{list.loadingMore ? '正在加载…' : '加载更多'}</Text>
        </View>
      )}
    </View>
  );
}
