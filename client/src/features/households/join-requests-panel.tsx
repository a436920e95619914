import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { formatDateTime } from './household-labels';
import { useJoinRequests } from './use-join-requests';

/**
 * 家人关联申请: who asked to link this household with a code (同意 / 拒绝), and the accounts
 * already linked (移出). For the village cadre of the village and the household head only.
 */
export function JoinRequestsPanel({ householdId }: { householdId: string }) {
  const { list, busy, error, decide, remove } = useJoinRequests(householdId);
  const [confirming, setConfirming] = useState<string | null>(null);
  if (list.state !== 'ready') return null;
  const { items, linked } = list.data;
  return (
    <View className="psv-card" data-testid="join-requests">
      <View className="psv-subtitle">家人关联申请</View>
      {items.length === 0 ? (
        <View className="psv-text-secondary">现在没有等待确认的申请。</View>
      ) : (
        items.map((r) => (
          <View key={r.requestId} className="psv-field" data-testid="join-request">
            <View className="psv-row">
              <Text>{r.userName}</Text>
              <Text className="psv-badge psv-badge--pending">等待确认</Text>
            </View>
            <View className="psv-text-secondary">
              {r.phoneMasked ? `电话 ${r.phoneMasked}，` : ''}
              {formatDateTime(r.createdAt)} 申请
            </View>
            <View
              className="psv-button psv-button--primary"
              data-testid="join-approve"
              onClick={() => void decide(r.requestId, 'approve')}
            >
              <Text>{busy === r.requestId ? '正在处理…' : '同意'}</Text>
            </View>
            <View
              className="psv-button"
              data-testid="join-decline"
              onClick={() => void decide(r.requestId, 'decline')}
            >
              <Text>拒绝</Text>
            </View>
          </View>
        ))
      )}
      <View className="psv-text-secondary">
        只同意您认识的家人。同意后，对方能看到这户的成员、收入和办事记录。
      </View>
      <View className="psv-subtitle">已关联的账号（{linked.length}）</View>
      {linked.map((u) => (
        <View key={u.userId} className="psv-field" data-testid="linked-account">
          <View className="psv-row">
            <Text>
              {u.name}
              {u.isHead ? '（户主）' : ''}
            </Text>
            {!u.isHead &&
              (confirming === u.userId ? (
                <View
                  className="psv-button"
                  data-testid="linked-remove-confirm"
                  onClick={() => {
                    setConfirming(null);
                    void remove(u.userId);
                  }}
                >
                  <Text>{busy === u.userId ? '正在移出…' : '确认移出'}</Text>
                </View>
              ) : (
                <View
                  className="psv-button"
                  data-testid="linked-remove"
                  onClick={() => setConfirming(u.userId)}
                >
                  <Text>移出</Text>
                </View>
              ))}
          </View>
          {u.phoneMasked && <View className="psv-text-secondary">电话 {u.phoneMasked}</View>}
        </View>
      ))}
      {error && <View className="psv-field__error">{error.message}</View>}
    </View>
  );
}
