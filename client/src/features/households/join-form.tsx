import { Input, Text, View } from '@tarojs/components';
import { OutboxStatusList } from '../outbox/outbox-status-list';
import { useJoinForm } from './use-join-form';

/** For a villager with no household yet: enter the 8-character code from the village cadre. */
export function JoinForm() {
  const form = useJoinForm();
  return (
    <View>
      <View className="psv-card" data-testid="join-form">
        <View className="psv-subtitle">还没有关联到您的家</View>
        <View className="psv-text-secondary">
          请找村干部要一个 8 位的“加入码”，填在下面。关联后就能看到家里的档案和办事记录。
        </View>
        {form.restored && !form.queued && (
          <View className="psv-text-secondary">已为您找回上次填了一半的加入码。</View>
        )}
        <View className="psv-field">
          <Text className="psv-field__label">加入码</Text>
          <Input
            className="psv-input"
            name="code"
            maxlength={12}
            value={form.code}
            placeholder="例如 AB23CD45"
            onInput={(event) => form.update(event.detail.value)}
          />
          {form.error && <View className="psv-field__error">{form.error}</View>}
        </View>
        <View
          className="psv-button psv-button--primary"
          data-testid="join-submit"
          onClick={() => void form.submit()}
        >
          <Text>关联我的家</Text>
        </View>
        {form.queued && (
          <View className="psv-text-secondary" role="status">
            已保存，正在发送。网络不好也没关系，会自动重发。
          </View>
        )}
      </View>
      <OutboxStatusList
        items={form.outbox.items}
        onRetry={form.outbox.retryNow}
        onDismiss={form.outbox.dismiss}
      />
    </View>
  );
}
