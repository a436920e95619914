import { Input, Text, View } from '@tarojs/components';
import { OutboxStatusList } from '../outbox/outbox-status-list';
import type { JoinReceipt } from './households-api';
import { formatDateTime } from './household-labels';
import { useJoinForm } from './use-join-form';

/** Where the villager's latest request stands, in plain words. */
function RequestStatus({ request }: { request: JoinReceipt }) {
  if (request.status === 'pending')
    return (
      <View className="psv-notice" data-testid="join-pending" role="status">
        <View className="psv-subtitle">已提交，等村干部或户主确认</View>
        <View className="psv-text-secondary">
          {request.villageName ?? ''}
          {request.createdAt ? ` · ${formatDateTime(request.createdAt)} 提交` : ''}
          。确认以后，这里就会显示您家的档案。
        </View>
      </View>
    );
  if (request.status === 'declined')
    return (
      <View className="psv-notice" data-testid="join-declined">
        上次的关联申请没有通过。如有疑问，请找村干部。
      </View>
    );
  if (request.status === 'removed')
    return (
      <View className="psv-notice" data-testid="join-removed">
        您的账号已从家庭档案中移出。如有疑问，请找村干部。
      </View>
    );
  return null;
}

/** For a villager with no household yet: enter the 8-character code from the village cadre. */
export function JoinForm({ request }: { request: JoinReceipt | null }) {
  const form = useJoinForm();
  const pending = request?.status === 'pending';
  return (
    <View>
      {request && <RequestStatus request={request} />}
      <View className="psv-card" data-testid="join-form">
        <View className="psv-subtitle">{pending ? '换一个加入码' : '还没有关联到您的家'}</View>
        <View className="psv-text-secondary">
          请找村干部要一个 8
          位的“加入码”，填在下面。提交后，要村干部或户主确认，您才能看到家里的档案和办事记录。
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
          <Text>申请关联我的家</Text>
        </View>
        {form.queued && (
          <View className="psv-text-secondary" role="status">
            已保存，正在发送。送到后要等村干部或户主确认。网络不好也没关系，会自动重发。
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
