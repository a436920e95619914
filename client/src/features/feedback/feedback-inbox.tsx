import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { DeadlineMark } from '../risk-work/deadline-mark';
import type { FeedbackCase } from './feedback-api';
import { CATEGORY_LABEL } from './feedback-draft';
import { LEVEL_LABEL, STATUS_SHORT, formatTime } from './feedback-labels';
import { feedbackCasePath } from './feedback-paths';
import { useFeedbackInbox, type InboxFilter } from './use-feedback-inbox';

const FILTERS: ReadonlyArray<{ key: InboxFilter; label: string }> = [
  { key: 'todo', label: '待我答复' },
  { key: 'received', label: STATUS_SHORT.received },
  { key: 'answered', label: STATUS_SHORT.answered },
  { key: 'handled', label: STATUS_SHORT.handled },
  { key: 'passed_up', label: STATUS_SHORT.passed_up },
  { key: 'all', label: '全部' },
];

function InboxRow({ item }: { item: FeedbackCase }) {
  return (
    <View
      className="psv-field"
      data-testid="feedback-inbox-item"
      data-feedback-id={item.feedbackId}
      data-status={item.status}
      data-overdue={item.deadline?.overdue ? 'yes' : 'no'}
      onClick={() => void Taro.navigateTo({ url: feedbackCasePath(item.feedbackId) })}
    >
      <View className="psv-row">
        <Text>
          {CATEGORY_LABEL[item.category]}
          {item.villageName ? ` · ${item.villageName}` : ''}
        </Text>
        <Text className="psv-badge" data-testid="feedback-inbox-status">
          {item.status === 'passed_up'
            ? `已转交${LEVEL_LABEL[item.level]}`
            : STATUS_SHORT[item.status]}
        </Text>
      </View>
      <View>{item.content.length > 40 ? `${item.content.slice(0, 40)}…` : item.content}</View>
      {item.deadline && <DeadlineMark deadline={item.deadline} label="答复期限" />}
      <View className="psv-text-secondary">
        {item.submitterName ?? '村民'} · {formatTime(item.createdAt)}
        {!item.canAct && item.status !== 'handled' ? ` · 现由${LEVEL_LABEL[item.level]}办理` : ''}
      </View>
    </View>
  );
}

/** 反馈待办: what waits for my level by due date (overdue marked), or by status, or 全部. */
export function FeedbackInbox() {
  const { filter, choose, list, reload } = useFeedbackInbox();
  // Back from a case: an answered item leaves 待我答复.
  useDidShow(() => {
    if (list.state !== 'loading') reload();
  });
  return (
    <View data-testid="feedback-inbox" data-filter={filter}>
      <View className="psv-card">
        <View className="psv-choice-group" data-testid="feedback-inbox-filter">
          {FILTERS.map((f) => (
            <View
              key={f.key}
              data-category={f.key}
              className={`psv-choice${filter === f.key ? ' psv-choice--active' : ''}`}
              onClick={() => choose(f.key)}
            >
              <Text>{f.label}</Text>
            </View>
          ))}
        </View>
        <View className="psv-text-secondary">
          群众的反馈要在5个工作日内答复；转交上级后，上级重新计算5个工作日。
        </View>
      </View>
      <View className="psv-card">
        {list.state === 'loading' && <LoadingState />}
        {list.state === 'error' && <ErrorState message={list.error.message} onRetry={reload} />}
        {list.state === 'ready' && list.data.items.length === 0 && (
          <EmptyState
            title={filter === 'todo' ? '没有等您答复的反馈' : '这里还没有反馈'}
            hint="群众新提交的反馈会出现在这里。"
          />
        )}
        {list.state === 'ready' &&
          list.data.items.map((item) => <InboxRow key={item.feedbackId} item={item} />)}
      </View>
    </View>
  );
}
