import { Text, View } from '@tarojs/components';
import { heldHint } from './held-hint';
import { useOutbox } from './use-outbox';

/**
 * "N 条内容等网络好了再发送" while anything of mine waits in the outbox; and for other people's
 * items held on this phone, only whose they are: "等 马文礼 登录后发送".
 */
export function OutboxSummary() {
  const { items, held, retryNow } = useOutbox();
  const waiting = items.filter((i) => i.status === 'pending' || i.status === 'sending').length;
  const heldNames = [...new Set(held.map((h) => h.authorName))];
  if (waiting === 0 && held.length === 0) return null;
  return (
    <View>
      {waiting > 0 && (
        <View className="psv-notice" role="status">
          <Text>有 {waiting} 条内容还没发出去，网络好了会自动发送。</Text>
          <View className="psv-button" onClick={retryNow}>
            <Text>现在重试</Text>
          </View>
        </View>
      )}
      {heldNames.map((name) => (
        <View key={name ?? '-'} className="psv-notice" role="status" data-testid="outbox-held">
          <Text>
            这台手机上有 {held.filter((h) => h.authorName === name).length} 条别人提交的内容，
            {heldHint(name)}。
          </Text>
        </View>
      ))}
    </View>
  );
}
