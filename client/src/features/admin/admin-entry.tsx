import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useMyRole } from '../session/use-my-role';
import { ROLES_ADMIN_PATH } from './admin-paths';

/** 人员与角色 on 我的, for administrators only. */
export function AdminRolesEntry() {
  const role = useMyRole();
  if (role !== 'admin') return null;
  return (
    <View
      className="psv-button"
      data-testid="admin-roles-entry"
      onClick={() => void Taro.navigateTo({ url: ROLES_ADMIN_PATH })}
    >
      <Text>人员与角色</Text>
    </View>
  );
}
