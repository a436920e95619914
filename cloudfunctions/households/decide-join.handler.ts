import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import { conflict, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { recordHouseholdEvent } from '../platform/runtime/household-events';
import { usersCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';
import { householdsCollection, joinRequestsCollection } from './household-collections';
import { deciderFor } from './join-decider';
import { toJoinRequestView } from './join-request-views';

type Actions = typeof householdsContract.actions;

/** The village cadre or the head approves (the account is linked) or declines a join request. */
export async function decideJoin(input: ActionInput<Actions, 'decideJoin'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    const r = await tx.get(joinRequestsCollection, input.requestId);
    const h = r ? await tx.get(householdsCollection, r.householdId) : null;
    const decider = h ? await deciderFor(ctx, tx, h) : null;
    if (!r || !h || !decider) throw notFound('没有找到这条申请。');
    if (r.status !== 'pending') throw conflict('这条申请已经处理过了，请刷新。');
    const user = await tx.get(usersCollection, r.userId);
    const approve = input.decision === 'approve';
    if (approve) {
      if (!user) throw notFound('申请人的账号已不存在。');
      if (user.householdId && user.householdId !== h._id)
        throw conflict('申请人已经关联了别的户，不能再加入。');
      await tx.update(
        usersCollection,
        user._id,
        {
          set: {
            householdId: h._id,
            orgUnitId: h.villageId,
            villageId: h.villageId,
            townId: h.townId,
            updatedAt: now,
          },
        },
        { ifVersion: user._version },
      );
    }
    const status = approve ? ('approved' as const) : ('declined' as const);
    const next = await tx.update(
      joinRequestsCollection,
      r._id,
      { set: { status, decidedAt: now, decidedBy: caller.userId } },
      { ifVersion: r._version },
    );
    await ctx.audit.record(
      {
        entity: 'household',
        entityId: h._id,
        from: 'pending',
        to: status,
        note: `join request ${r._id} decided by ${decider}`,
      },
      tx,
    );
    await recordHouseholdEvent(ctx, tx, {
      household: h,
      kind: approve ? 'household.member_joined' : 'household.join_declined',
      detail: `${r.userName ?? '一位用户'}（${decider === 'head' ? '户主' : '村干部'}${approve ? '同意' : '拒绝'}）`,
      ref: r._id,
    });
    return toJoinRequestView(next, h.headName, user);
  });
}
