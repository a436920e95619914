import type { ActionInput } from '../../shared/src/contract/define-function';
import { roleUnitProblem } from '../../shared/src/users/role-unit-level';
import type { usersContract } from '../../shared/src/users/users-contract';
import { AppError, invalid, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { orgUnitsCollection, usersCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';
import { toStaffView } from './staff-view';

type Actions = typeof usersContract.actions;

export async function assignRole(input: ActionInput<Actions, 'assignRole'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  if (input.userId === caller.userId && input.role !== 'admin') {
    throw new AppError('CONFLICT', '不能取消自己的管理员角色，请让另一位管理员操作。');
  }
  const unit = await ctx.store.collection(orgUnitsCollection).get(input.orgUnitId);
  const problem = roleUnitProblem(input.role, unit?.level ?? null);
  if (!unit || problem) throw invalid({ orgUnitId: problem ?? '请选择单位' });
  const updated = await ctx.store.transaction(async (tx) => {
    const user = await tx.get(usersCollection, input.userId);
    if (!user) throw notFound('没有找到这个人员。');
    const next = await tx.update(
      usersCollection,
      input.userId,
      {
        set: {
          role: input.role,
          orgUnitId: input.orgUnitId,
          villageId: unit.level === 'village' ? input.orgUnitId : null,
          townId: unit.townId,
          updatedAt: ctx.clock.now().toISOString(),
        },
      },
      { ifVersion: user._version },
    );
    await ctx.audit.record(
      {
        entity: 'user',
        entityId: input.userId,
        from: `${user.role}@${user.orgUnitId ?? '-'}`,
        to: `${input.role}@${input.orgUnitId}`,
      },
      tx,
    );
    return next;
  });
  return toStaffView(ctx.store, updated);
}
