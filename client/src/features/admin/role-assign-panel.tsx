import { Text, View } from '@tarojs/components';
import { ROLES, ROLE_LABEL } from '@shared/auth/roles';
import { unitLevelFor } from '@shared/users/role-unit-level';
import { OrgUnitPicker } from '../profile/org-unit-picker';
import type { OrgUnit } from '../profile/users-api';
import type { StaffView, UserFound } from './admin-api';
import { useAssignRole } from './use-assign-role';

const LEVEL_HINT = { village: '选择所在的村', town: '选择负责的镇', city: '单位：全市' } as const;

/** For one person: the role, a unit of the level that role needs, 确认 with a confirm dialog. */
export function RoleAssignPanel({
  user,
  units,
  onAssigned,
}: {
  user: UserFound;
  units: readonly OrgUnit[];
  onAssigned: (staff: StaffView) => void;
}) {
  const a = useAssignRole(user, units);
  if (a.status.state === 'done') {
    const s = a.status.staff;
    return (
      <View className="psv-card" data-testid="role-assigned" data-role={s.role} role="status">
        <View className="psv-subtitle">已设置</View>
        <Text>
          {s.name ?? '这位用户'} 现在是 {s.orgUnitName ?? ''} 的{ROLE_LABEL[s.role]}。
        </Text>
        <View className="psv-text-secondary">下次打开小程序（或重新登录）就能用新角色办事。</View>
        <View className="psv-button" data-testid="role-assigned-done" onClick={() => onAssigned(s)}>
          <Text>完成</Text>
        </View>
      </View>
    );
  }
  const level = unitLevelFor(a.role);
  return (
    <View className="psv-card" data-testid="role-assign-panel" data-user-id={user.userId}>
      <View className="psv-subtitle">设置 {user.name ?? '这位用户'} 的角色</View>
      <View className="psv-text-secondary">
        现在：{ROLE_LABEL[user.role]}
        {user.orgUnitName ? `（${user.orgUnitName}）` : ''}
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">角色</Text>
        <View className="psv-choice-group" data-testid="role-choices">
          {ROLES.map((role) => (
            <View
              key={role}
              data-role={role}
              role="radio"
              aria-checked={a.role === role}
              className={`psv-choice${a.role === role ? ' psv-choice--active' : ''}`}
              onClick={() => a.setRole(role)}
            >
              <Text>{ROLE_LABEL[role]}</Text>
            </View>
          ))}
        </View>
        {a.fieldErrors.role && <View className="psv-field__error">{a.fieldErrors.role}</View>}
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">{LEVEL_HINT[level]}</Text>
        <OrgUnitPicker
          key={a.role}
          units={units}
          level={level}
          selected={a.unitId}
          onChange={a.setUnit}
          testId="role-unit"
        />
        {a.fieldErrors.orgUnitId && (
          <View className="psv-field__error" role="alert" data-testid="role-unit-error">
            {a.fieldErrors.orgUnitId}
          </View>
        )}
      </View>
      <View
        className="psv-button psv-button--primary"
        data-testid="role-confirm"
        onClick={() => void a.confirm()}
      >
        <Text>{a.status.state === 'saving' ? '正在设置…' : '确认'}</Text>
      </View>
      {a.status.state === 'refused' && (
        <View className="psv-field__error" role="alert" data-testid="role-refusal">
          {a.status.message}
        </View>
      )}
    </View>
  );
}
