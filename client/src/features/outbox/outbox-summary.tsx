import { Text, View } from '@tarojs/components';
import { useOutbox } from './use-outbox';

/** "N 条内容等网络好了再发送" — shown while anything waits in the outbox. */
export function OutboxSummary() {
  const { items, retryNow } = useOutbox();
  const waiting = items.filter((i) => i.status === 'pending' || i.status === 'sending').length;
  if (waiting === 0) return null;
  return (
    <View className="psv-notice" role="status">
      <Text>有 {waiting} 条内容还没发出去，网络好了会自动发送。</Text>
      <View className="psv-button" onClick={retryNow}>
        <Text>现在重试</Text>
      </View>
    </View>
  );
}
