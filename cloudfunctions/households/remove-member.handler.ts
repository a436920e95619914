import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import { conflict, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { recordHouseholdEvent } from '../platform/runtime/household-events';
import { usersCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';
import { householdsCollection, joinRequestsCollection } from './household-collections';
import { deciderFor, joinRequestId } from './join-decider';

type Actions = typeof householdsContract.actions;

/** The village cadre or the head unlinks an account from the household (it sees nothing of it after). */
export async function removeMember(
  input: ActionInput<Actions, 'removeMember'>,
  ctx: HandlerContext,
) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    const h = await tx.get(householdsCollection, input.householdId);
    const decider = h ? await deciderFor(ctx, tx, h) : null;
    if (!h || !decider) throw notFound('没有找到这户的档案。');
    const user = await tx.get(usersCollection, input.userId);
    if (!user || user.householdId !== h._id) throw notFound('这个账号没有关联这户。');
    if (decider === 'head' && user._id === caller.userId)
      throw conflict('户主不能移出自己的账号，请联系村干部办理。');
    await tx.update(
      usersCollection,
      user._id,
      { set: { householdId: null, updatedAt: now } },
      { ifVersion: user._version },
    );
    const requestId = joinRequestId(h._id, user._id);
    const request = await tx.get(joinRequestsCollection, requestId);
    if (request)
      await tx.update(
        joinRequestsCollection,
        requestId,
        { set: { status: 'removed', decidedAt: now, decidedBy: caller.userId } },
        { ifVersion: request._version },
      );
    await ctx.audit.record(
      {
        entity: 'household',
        entityId: h._id,
        from: 'linked',
        to: 'removed',
        note: `account ${user._id} removed by ${decider}`,
      },
      tx,
    );
    await recordHouseholdEvent(ctx, tx, {
      household: h,
      kind: 'household.member_removed',
      detail: `${user.name ?? '一位用户'}（${decider === 'head' ? '户主' : '村干部'}移出）`,
    });
    return { householdId: h._id, userId: user._id, removed: true as const };
  });
}
