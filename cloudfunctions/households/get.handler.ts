import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { toHouseholdView } from './household-views';
import { orgUnitNames } from '../platform/runtime/org-unit-names';
import { auditRead } from './audit-read';
import { loadHouseholdInScope } from './load-household';

type Actions = typeof householdsContract.actions;

export async function get(input: ActionInput<Actions, 'get'>, ctx: HandlerContext) {
  const h = await loadHouseholdInScope(ctx, input.householdId);
  const names = await orgUnitNames(ctx.store, [h.villageId]);
  await auditRead(ctx, h._id, 'get');
  return toHouseholdView(h, names.get(h.villageId) ?? null, ctx);
}
