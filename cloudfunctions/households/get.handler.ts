import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { toHouseholdView, villageNames } from './household-views';
import { loadHouseholdInScope } from './load-household';

type Actions = typeof householdsContract.actions;

export async function get(input: ActionInput<Actions, 'get'>, ctx: HandlerContext) {
  const h = await loadHouseholdInScope(ctx, input.householdId);
  const names = await villageNames(ctx.store, [h.villageId]);
  return toHouseholdView(h, names.get(h.villageId) ?? null, ctx.clock.now());
}
