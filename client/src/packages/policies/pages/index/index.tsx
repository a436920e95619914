import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { PolicyList } from '../../../../features/policies/policy-list';
import { canEditPolicies } from '../../../../features/policies/policy-editor/can-edit-policies';
import { POLICY_MANAGE_PATH, SELF_CHECK_PATH } from '../../../../features/policies/policy-paths';
import { useMyRole } from '../../../../features/session/use-my-role';

/** 政策明白纸: policies by category or everyday words, and the 我能享受哪些政策 self-check. */
export default function PoliciesPage() {
  const role = useMyRole();
  return (
    <PageShell title="政策明白纸">
      <View className="psv-text-secondary">用大白话讲清楚惠民政策，点开就能看，还能听。</View>
      <View
        className="psv-grid__item psv-policies-self-check-entry"
        data-testid="open-self-check"
        onClick={() => void Taro.navigateTo({ url: SELF_CHECK_PATH })}
      >
        <Text className="psv-grid__title">我能享受哪些政策？</Text>
        <Text className="psv-text-secondary">回答几个简单问题，马上知道</Text>
      </View>
      {canEditPolicies(role) && (
        <View
          className="psv-button"
          data-testid="open-policy-manage"
          onClick={() => void Taro.navigateTo({ url: POLICY_MANAGE_PATH })}
        >
          <Text>编辑政策（管理员）</Text>
        </View>
      )}
      <PolicyList />
    </PageShell>
  );
}
