import { Text, View } from '@tarojs/components';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { CATEGORY_LABEL } from './feedback-draft';
import { LEVEL_LABEL, STATUS_TEXT, formatTime } from './feedback-labels';
import { useMyFeedback } from './use-my-feedback';

/** What the server has received from this villager, with every answer (who, when). */
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
          <View
            key={item.feedbackId}
            className="psv-field"
            data-testid="my-feedback-item"
            data-feedback-id={item.feedbackId}
            data-status={item.status}
          >
            <View className="psv-row">
              <Text>{CATEGORY_LABEL[item.category]}</Text>
              <Text className="psv-badge psv-badge--sent" data-testid="my-feedback-status">
                {item.status === 'passed_up'
                  ? `已转交${LEVEL_LABEL[item.level]}，等待答复`
                  : STATUS_TEXT[item.status]}
              </Text>
            </View>
            <View>{item.content}</View>
            {item.replies.map((r) => (
              <View
                key={`${r.at}-${r.byLevel}`}
                className="psv-notice"
                data-testid="my-feedback-reply"
              >
                <View>
                  {LEVEL_LABEL[r.byLevel]}
                  {r.byName ? `（${r.byName}）` : ''}答复：{r.text}
                </View>
                <View className="psv-text-secondary">{formatTime(r.at)}</View>
              </View>
            ))}
            <View className="psv-text-secondary">提交于 {formatTime(item.createdAt)}</View>
          </View>
        ))}
    </View>
  );
}
