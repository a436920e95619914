import { Text, View } from '@tarojs/components';
import type { OutboxItem, OutboxStatus } from './outbox-item';

const STATUS_LABEL: Record<OutboxStatus, string> = {
  pending: '等待发送',
  sending: '正在发送',
  sent: '已送达',
  failed: '没有成功',
};

/** Each queued submission with its state: pending / sending / sent / failed. */
export function OutboxStatusList({
  items,
  onRetry,
  onDismiss,
}: {
  items: readonly OutboxItem[];
  onRetry: () => void;
  onDismiss: (key: string) => void;
}) {
  if (items.length === 0) return null;
  const waiting = items.some((i) => i.status === 'pending');
  return (
    <View className="psv-card" data-testid="outbox-list">
      <View className="psv-subtitle">本机提交记录</View>
      {[...items].reverse().map((item) => (
        <View key={item.key} className="psv-field" data-status={item.status} data-key={item.key}>
          <View className="psv-row">
            <Text>{item.label}</Text>
            <Text className={`psv-badge psv-badge--${item.status}`}>
              {STATUS_LABEL[item.status]}
            </Text>
          </View>
          {item.status === 'pending' && item.lastError && (
            <View className="psv-text-secondary">{item.lastError.message}</View>
          )}
          {item.status === 'failed' && (
            <View>
              <View className="psv-field__error">
                {item.lastError?.message ?? '提交没有成功。'}
                {item.lastError?.fieldErrors &&
                  Object.values(item.lastError.fieldErrors).map((m) => <View key={m}>{m}</View>)}
              </View>
              <View className="psv-button" onClick={() => onDismiss(item.key)}>
                <Text>知道了，删除这条</Text>
              </View>
            </View>
          )}
        </View>
      ))}
      {waiting && (
        <View className="psv-button" onClick={onRetry}>
          <Text>现在重试</Text>
        </View>
      )}
    </View>
  );
}
