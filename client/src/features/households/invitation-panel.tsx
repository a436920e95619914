import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { api } from '../../api/api';
import type { ClientCallResult } from '../../api/client-call-result';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import type { Invitation } from './households-api';
import { formatDateTime } from './household-labels';

/** For village cadres: a one-time 加入码 for a family member to link this household. */
export function InvitationPanel({ householdId }: { householdId: string }) {
  const [result, setResult] = useState<ClientCallResult<Invitation> | null>(null);
  const [sending, setSending] = useState(false);
  const issue = async () => {
    if (sending) return;
    setSending(true);
    setResult(
      await api.households.issueInvitation(
        { householdId },
        { idempotencyKey: newIdempotencyKey('hhinv') },
      ),
    );
    setSending(false);
  };
  return (
    <View className="psv-card" data-testid="invitation">
      <View className="psv-subtitle">家庭成员加入码</View>
      <View className="psv-text-secondary">
        把加入码当面告诉这户的家人，他们在“我的家”里填上后，要您或户主在下面同意，才能看到自家档案。
      </View>
      {result?.ok && (
        <View className="psv-notice" data-testid="invitation-code">
          <View className="psv-folder__head">{result.data.code}</View>
          <View className="psv-text-secondary">
            有效期到 {formatDateTime(result.data.expiresAt)}（48 小时），最多 10 人申请。
          </View>
        </View>
      )}
      {result && !result.ok && <View className="psv-field__error">{result.error.message}</View>}
      <View className="psv-button" onClick={() => void issue()}>
        <Text>{sending ? '正在生成…' : result?.ok ? '再生成一个' : '生成加入码'}</Text>
      </View>
    </View>
  );
}
