import { Text, View } from '@tarojs/components';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import type { FeedbackStatus } from './feedback-api';
import { CATEGORY_LABEL } from './feedback-draft';
import { useMyFeedback } from './use-my-feedback';

const STATUS_TEXT: Record<FeedbackStatus, string> = {
  received: '已收到，等待村里答复',
  replied: '村里已答复',
};

function formatTime(value: string | number): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** What the server has received from this villager. */
export function MyFeedbackList({ enabled }: { enabled: boolean }) {
  const list = useMyFeedback(enabled);
  if (!enabled) return null;
  return (
    <View className="psv-card" data-testid="my-feedback">
      <View className="psv-subtitle">我反馈过的</View>
      {list.state === 'loading' && <LoadingState />}
      {list.state === 'error' && <ErrorState message={list.error.message} onRetry={list.reload} />}
      {list.state === 'ready' && list.data.items.length === 0 && (
        <EmptyState title="还没有反馈过" hint="有什么想法或困难，在上面写下来提交就行。" />
      )}
      {list.state === 'ready' &&
        list.data.items.map((item) => (
          <View key={item.feedbackId} className="psv-field" data-feedback-id={item.feedbackId}>
            <View className="psv-row">
              <Text>{CATEGORY_LABEL[item.category]}</Text>
              <Text className="psv-badge psv-badge--sent">{STATUS_TEXT[item.status]}</Text>
            </View>
            <View>{item.content}</View>
            {item.reply && <View className="psv-notice">答复：{item.reply}</View>}
            <View className="psv-text-secondary">{formatTime(item.createdAt)}</View>
          </View>
        ))}
    </View>
  );
}
