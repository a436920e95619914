import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import { MAX_REQUESTS_PER_CODE } from '../../shared/src/households/join-requests';
import { compareInstants } from '../../shared/src/validation/instant';
import { conflict, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { recordHouseholdEvent } from '../platform/runtime/household-events';
import { takeLookups } from '../platform/runtime/lookup-limit';
import { orgUnitNames } from '../platform/runtime/org-unit-names';
import { usersCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';
import {
  householdsCollection,
  invitationsCollection,
  joinRequestsCollection,
} from './household-collections';
import { joinRequestId } from './join-decider';

type Actions = typeof householdsContract.actions;

/**
 * A code no longer links an account: it makes a request that the village cadre or the household
 * head confirms (`decideJoin`). Until then the requester sees nothing of the household. Each
 * attempt, right code or wrong, counts against the caller's daily allowance.
 */
export async function join(input: ActionInput<Actions, 'join'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  await takeLookups(ctx, 'householdJoin');
  const now = ctx.clock.now().toISOString();
  const receipt = await ctx.store.transaction(async (tx) => {
    const inv = await tx.get(invitationsCollection, input.code);
    if (!inv || compareInstants(inv.expiresAt, now) < 0)
      throw notFound('加入码不对或已过期，请找村干部重新生成。');
    if (caller.householdId === inv.householdId)
      return {
        requestId: null,
        status: 'approved' as const,
        villageId: inv.villageId,
        createdAt: null,
      };
    if (caller.householdId) throw conflict('您已经关联了一户，如需更换请联系村干部。');
    const id = joinRequestId(inv.householdId, caller.userId);
    const before = await tx.get(joinRequestsCollection, id);
    if (before?.status === 'pending')
      return {
        requestId: id,
        status: before.status,
        villageId: before.villageId,
        createdAt: before.createdAt,
      };
    if (inv.uses >= MAX_REQUESTS_PER_CODE) throw conflict('这个加入码已用满，请找村干部重新生成。');
    const household = await tx.get(householdsCollection, inv.householdId);
    const user = await tx.get(usersCollection, caller.userId);
    if (!household || !user) throw notFound('加入码不对或已过期，请找村干部重新生成。');
    const request = {
      householdId: household._id,
      villageId: household.villageId,
      townId: household.townId,
      userId: user._id,
      userName: user.name,
      code: inv._id,
      status: 'pending' as const,
      createdAt: now,
      decidedAt: null,
      decidedBy: null,
    };
    if (before)
      await tx.update(joinRequestsCollection, id, { set: request }, { ifVersion: before._version });
    else await tx.insert(joinRequestsCollection, { _id: id, ...request });
    await tx.update(
      invitationsCollection,
      inv._id,
      { inc: { uses: 1 } },
      { ifVersion: inv._version },
    );
    await ctx.audit.record(
      {
        entity: 'household',
        entityId: household._id,
        to: 'pending',
        note: `join requested: ${id}`,
      },
      tx,
    );
    await recordHouseholdEvent(ctx, tx, {
      household,
      kind: 'household.join_requested',
      detail: `${user.name ?? '一位用户'}申请关联，等村干部或户主确认`,
      ref: id,
    });
    return {
      requestId: id,
      status: request.status,
      villageId: household.villageId,
      createdAt: now,
    };
  });
  const names = await orgUnitNames(ctx.store, [receipt.villageId]);
  return {
    requestId: receipt.requestId,
    status: receipt.status,
    villageName: names.get(receipt.villageId) ?? null,
    createdAt: receipt.createdAt,
  };
}
