import { useCallback, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { Role } from '@shared/auth/roles';
import { ROLE_LABEL } from '@shared/auth/roles';
import { roleUnitProblem, unitLevelFor } from '@shared/users/role-unit-level';
import { api } from '../../api/api';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import type { OrgUnit } from '../profile/users-api';
import type { StaffView, UserFound } from './admin-api';

export type AssignState =
  | { state: 'choosing' }
  | { state: 'saving' }
  | { state: 'done'; staff: StaffView }
  | { state: 'refused'; message: string };

/** The unit to start from: the person's own when it fits the role (a villager's village). */
function startingUnit(user: UserFound, role: Role, units: readonly OrgUnit[]): string | null {
  const own = units.find((u) => u.id === user.orgUnitId);
  if (own && !roleUnitProblem(role, own.level)) return own.id;
  const level = unitLevelFor(role);
  const ofLevel = units.filter((u) => u.level === level);
  return ofLevel.length === 1 ? (ofLevel[0]?.id ?? null) : null;
}

/** Pick a role and a unit of the right level for one person, confirm, and send `assignRole`. */
export function useAssignRole(user: UserFound, units: readonly OrgUnit[]) {
  const [role, setRoleState] = useState<Role>(user.role);
  const [unitId, setUnitId] = useState<string | null>(() => startingUnit(user, user.role, units));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<AssignState>({ state: 'choosing' });
  const key = useRef<string | null>(null);

  const setRole = useCallback(
    (next: Role) => {
      key.current = null;
      setFieldErrors({});
      setStatus({ state: 'choosing' });
      setRoleState(next);
      setUnitId(startingUnit(user, next, units));
    },
    [user, units],
  );
  const setUnit = useCallback((id: string) => {
    key.current = null;
    setFieldErrors({});
    setStatus({ state: 'choosing' });
    setUnitId(id);
  }, []);

  const confirm = useCallback(async () => {
    if (status.state === 'saving') return;
    const unit = units.find((u) => u.id === unitId);
    const problem = roleUnitProblem(role, unit?.level ?? null);
    if (!unit || problem) {
      setFieldErrors({ orgUnitId: problem ?? '请选择单位' });
      return;
    }
    const answer = await Taro.showModal({
      title: '确认设置角色',
      content: `把 ${user.name ?? '这位用户'} 设为 ${unit.name} 的${ROLE_LABEL[role]}？设置后立即生效。`,
      confirmText: '确认',
      cancelText: '再想想',
    });
    if (!answer.confirm) return;
    key.current ??= newIdempotencyKey('role');
    setStatus({ state: 'saving' });
    const result = await api.users.assignRole(
      { userId: user.userId, role, orgUnitId: unit.id },
      { idempotencyKey: key.current },
    );
    if (!result.ok) {
      setFieldErrors(result.error.fieldErrors ?? {});
      setStatus({ state: 'refused', message: result.error.message });
      return;
    }
    key.current = null;
    setStatus({ state: 'done', staff: result.data });
  }, [role, status.state, unitId, units, user]);

  return { role, setRole, unitId, setUnit, fieldErrors, status, confirm };
}
