import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { householdsCollection, joinRequestsCollection } from './household-collections';
import { toHouseholdView } from './household-views';
import { orgUnitNames } from '../platform/runtime/org-unit-names';

type Actions = typeof householdsContract.actions;

/** The caller's household, or (not linked yet) where their latest join request stands. */
export async function mine(_input: ActionInput<Actions, 'mine'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const h = caller.householdId
    ? await ctx.store.collection(householdsCollection).get(caller.householdId)
    : null;
  if (!h) {
    const latest = await ctx.store
      .collection(joinRequestsCollection)
      .find({ userId: caller.userId }, { sort: [['createdAt', 'desc']], limit: 1 });
    const r = latest.items[0];
    if (!r) return { household: null, joinRequest: null };
    const names = await orgUnitNames(ctx.store, [r.villageId]);
    return {
      household: null,
      joinRequest: {
        requestId: r._id,
        status: r.status,
        villageName: names.get(r.villageId) ?? null,
        createdAt: r.createdAt,
      },
    };
  }
  const names = await orgUnitNames(ctx.store, [h.villageId]);
  return {
    household: toHouseholdView(h, names.get(h.villageId) ?? null, ctx),
    joinRequest: null,
  };
}
