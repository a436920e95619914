import { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ROLE_LABEL } from '@shared/auth/roles';
import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';
import { ErrorState, LoadingState } from '../../components/page-state/page-state';
import { CompleteProfileLink } from '../profile/complete-profile-link';

/** The caller's own profile from `users.me`; phone and ID number only masked. */
export function MyProfile() {
  const me = useRemoteData(() => api.users.me({}));
  // Back from 完善资料 (or a role change): read the profile again.
  useDidShow(() => {
    if (me.state !== 'loading') me.reload();
  });
  if (me.state === 'loading') return <LoadingState />;
  if (me.state === 'error') return <ErrorState message={me.error.message} onRetry={me.reload} />;
  const { name, role, orgUnitName, phoneMasked, idNumberMasked, profileComplete } = me.data;
  return (
    <View
      className="psv-card"
      data-testid="my-profile"
      data-complete={profileComplete ? 'true' : 'false'}
    >
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
        <View data-testid="my-phone">
          <Text>手机：{phoneMasked}</Text>
        </View>
      )}
      {idNumberMasked && (
        <View data-testid="my-id-number">
          <Text>身份证：{idNumberMasked}</Text>
        </View>
      )}
      {!profileComplete && (
        <View className="psv-text-secondary" data-testid="profile-incomplete">
          资料还没填完整，办事前需要补充。
        </View>
      )}
      <CompleteProfileLink
        label={profileComplete ? '修改资料' : '完善资料'}
        primary={!profileComplete}
      />
    </View>
  );
}
