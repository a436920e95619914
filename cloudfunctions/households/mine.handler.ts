import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { householdsCollection } from './household-collections';
import { toHouseholdView } from './household-views';
import { orgUnitNames } from '../platform/runtime/org-unit-names';

type Actions = typeof householdsContract.actions;

export async function mine(_input: ActionInput<Actions, 'mine'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  if (!caller.householdId) return { household: null };
  const h = await ctx.store.collection(householdsCollection).get(caller.householdId);
  if (!h) return { household: null };
  const names = await orgUnitNames(ctx.store, [h.villageId]);
  return { household: toHouseholdView(h, names.get(h.villageId) ?? null, ctx.clock.now()) };
}
