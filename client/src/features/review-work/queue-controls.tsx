import { Text, View } from '@tarojs/components';
import type { PagedList } from '../households/use-paged-list';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';

const VIEWS = ['todo', 'all'] as const;
const VIEW_LABEL = { todo: '待办', all: '全部' } as const;
export type QueueViewName = (typeof VIEWS)[number];

/** 待办 / 全部 tabs of a review queue; test ids `<prefix>-queue-tabs`, `<prefix>-tab-todo|all`. */
export function QueueViewTabs({
  prefix,
  view,
  onView,
}: {
  prefix: string;
  view: QueueViewName;
  onView: (view: QueueViewName) => void;
}) {
  return (
    <View className="psv-choice-group" data-testid={`${prefix}-queue-tabs`}>
      {VIEWS.map((v) => (
        <View
          key={v}
          className={`psv-choice${view === v ? ' psv-choice--active' : ''}`}
          data-testid={`${prefix}-tab-${v}`}
          onClick={() => onView(v)}
        >
          <Text>{VIEW_LABEL[v]}</Text>
        </View>
      ))}
    </View>
  );
}

/** The 只看超期 switch of a review queue. */
export function OverdueToggle({
  testId,
  on,
  onToggle,
}: {
  testId: string;
  on: boolean;
  onToggle: () => void;
}) {
  return (
    <View
      className={`psv-choice${on ? ' psv-choice--active' : ''}`}
      data-testid={testId}
      onClick={onToggle}
    >
      <Text>{on ? '✓ 只看超期' : '只看超期'}</Text>
    </View>
  );
}

/** Under a queue: the error of the last 加载更多, and the button while more pages remain. */
export function LoadMore<T>({ list, testId }: { list: PagedList<T>; testId: string }) {
  return (
    <>
      {list.moreError && <View className="psv-field__error">{list.moreError.message}</View>}
      {list.state === 'ready' && list.hasMore && (
        <View
          className="psv-button"
          data-testid={testId}
          onClick={list.loadingMore ? undefined : list.loadMore}
        >
          <Text>{list.loadingMore ? '正在加载…' : '加载更多'}</Text>
        </View>
      )}
    </>
  );
}

/**
 * Above a queue's items: loading, the error with 重试, the empty sentence, or how many there are
 * and in which order (`<prefix>-queue-count`).
 */
export function QueueListState<T>({
  list,
  view,
  prefix,
  noun,
  measure,
  emptyHint,
}: {
  list: PagedList<T>;
  view: QueueViewName;
  prefix: string;
  /** 申报 / 理赔 */
  noun: string;
  /** 份 / 件 */
  measure: string;
  emptyHint: Record<QueueViewName, string>;
}) {
  const todo = view === 'todo';
  return (
    <>
      {list.state === 'loading' && <LoadingState text={`正在读取${noun}…`} />}
      {list.state === 'error' && list.error && (
        <ErrorState message={list.error.message} onRetry={list.reload} />
      )}
      {list.state === 'ready' && list.items.length === 0 && (
        <EmptyState
          title={todo ? `现在没有要您处理的${noun}` : `没有符合条件的${noun}`}
          hint={emptyHint[view]}
        />
      )}
      {list.items.length > 0 && (
        <View className="psv-text-secondary" data-testid={`${prefix}-queue-count`}>
          {todo ? '按期限先后排列，' : '最新的在前，'}共 {list.items.length} {measure}
          {list.hasMore ? '以上' : ''}
        </View>
      )}
    </>
  );
}
