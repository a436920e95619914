import { Text, View } from '@tarojs/components';
import { ROLE_LABEL } from '@shared/auth/roles';
import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';
import { ErrorState, LoadingState } from '../../components/page-state/page-state';

/** The caller's own profile from `users.me`. */
export function MyProfile() {
  const me = useRemoteData(() => api.users.me({}));
  if (me.state === 'loading') return <LoadingState />;
  if (me.state === 'error') return <ErrorState message={me.error.message} onRetry={me.reload} />;
  const { name, role, orgUnitName, phoneMasked, profileComplete } = me.data;
  return (
    <View className="psv-card" data-testid="my-profile">
      <View className="psv-subtitle">{name ?? '还没有填写姓名'}</View>
      <View>
        <Text>身份：{ROLE_LABEL[role]}</Text>
      </View>
      {orgUnitName && (
        <View>
          <Text>所在：{orgUnitName}</Text>
        </View>
      )}
      {phoneMasked && (
        <View>
          <Text>手机：{phoneMasked}</Text>
        </View>
      )}
      {!profileComplete && (
        <View className="psv-text-secondary">资料还没填完整，办事前需要补充。</View>
      )}
    </View>
  );
}
