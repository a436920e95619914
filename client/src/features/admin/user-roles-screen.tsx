import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { ROLE_LABEL } from '@shared/auth/roles';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { SignInPrompt } from '../../components/sign-in-prompt/sign-in-prompt';
import { useOrgUnits } from '../profile/use-org-units';
import { useMyRole } from '../session/use-my-role';
import { useSession } from '../session/use-session';
import type { UserFound } from './admin-api';
import { RoleAssignPanel } from './role-assign-panel';
import { useFindUsers } from './use-find-users';

function UserRow({ user, onPick }: { user: UserFound; onPick: () => void }) {
  return (
    <View
      className="psv-card"
      data-testid="found-user"
      data-user-id={user.userId}
      data-role={user.role}
      onClick={onPick}
    >
      <View className="psv-row">
        <Text className="psv-subtitle">{user.name ?? '未填写姓名'}</Text>
        <Text className="psv-badge">{ROLE_LABEL[user.role]}</Text>
      </View>
      <Text className="psv-text-secondary">
        {user.orgUnitName ?? '未选村'}
        {user.phoneMasked ? ` · ${user.phoneMasked}` : ''}
      </Text>
    </View>
  );
}

function UserRoles() {
  const find = useFindUsers();
  const units = useOrgUnits();
  const [picked, setPicked] = useState<UserFound | null>(null);
  const r = find.result;
  return (
    <View data-testid="user-roles">
      <View className="psv-text-secondary">
        按姓名开头或手机号后4位查找任何人（含村民），再给他设置角色和单位。每次查找都会留痕。
      </View>
      <View className="psv-card">
        <View className="psv-field">
          <Text className="psv-field__label">查找人员</Text>
          <Input
            className="psv-input"
            name="q"
            value={find.q}
            maxlength={20}
            confirmType="search"
            placeholder="姓名或手机号后4位"
            onInput={(event) => find.setQ(event.detail.value)}
            onConfirm={() => void find.search()}
          />
          {find.fieldError && (
            <View className="psv-field__error" role="alert">
              {find.fieldError}
            </View>
          )}
        </View>
        <View
          className="psv-button psv-button--primary"
          data-testid="user-search-submit"
          onClick={() => {
            setPicked(null);
            void find.search();
          }}
        >
          <Text>查找</Text>
        </View>
      </View>
      {picked &&
        (units.state === 'ready' ? (
          <RoleAssignPanel
            key={picked.userId}
            user={picked}
            units={units.data.items}
            onAssigned={(staff) => {
              find.replace(staff);
              setPicked(null);
            }}
          />
        ) : units.state === 'loading' ? (
          <LoadingState text="正在读取镇村名单…" />
        ) : (
          <ErrorState message={units.error.message} onRetry={units.reload} />
        ))}
      {r.state === 'searching' && <LoadingState text="正在查找…" />}
      {r.state === 'error' && !find.fieldError && (
        <ErrorState message={r.error.message} onRetry={() => void find.search()} />
      )}
      {r.state === 'done' && r.items.length === 0 && (
        <EmptyState title="没有找到" hint="换个写法试试：姓名的开头几个字，或手机号最后4位。" />
      )}
      {r.state === 'done' && !picked && (
        <View data-testid="found-users">
          {r.items.map((u) => (
            <UserRow key={u.userId} user={u} onPick={() => setPicked(u)} />
          ))}
          {r.moreError && <View className="psv-field__error">{r.moreError}</View>}
          {r.nextCursor && (
            <View className="psv-button" onClick={() => void find.loadMore()}>
              <Text>再看20个</Text>
            </View>
          )}
        </View>
      )}
    </View>
  );
}

/** 人员与角色 for administrators; anyone else is told it is not for them. */
export function UserRolesScreen() {
  const { signedIn } = useSession();
  const role = useMyRole();
  if (!signedIn) return <SignInPrompt reason="请先登录。" />;
  if (role === null) return <LoadingState />;
  if (role !== 'admin')
    return (
      <View className="psv-card" data-testid="not-admin">
        <Text>这里是管理员设置人员角色的地方。需要调整角色，请联系市乡村振兴局管理员。</Text>
      </View>
    );
  return <UserRoles />;
}
