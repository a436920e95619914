import type { claimsContract } from '../../shared/src/claims/claims-contract';
import { computePayout } from '../../shared/src/claims/payout-rule';
import type { ActionInput } from '../../shared/src/contract/define-function';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { grantedThisYear, capYearOf } from './claim-cap';

type Actions = typeof claimsContract.actions;

/**
 * 预计可赔: the payout rule on the amounts typed so far. For a villager with a household, what the
 * household was already granted this year for the same cap counts against the cap (as it will
 * when the claim is filed); for anyone else the estimate is for a household paid nothing yet.
 */
export async function estimate(input: ActionInput<Actions, 'estimate'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const granted =
    caller.role === 'villager' && caller.householdId
      ? await grantedThisYear(ctx.store, caller.householdId, input.type, capYearOf(ctx.clock.now()))
      : 0;
  return computePayout(input.type, input.amounts, granted);
}
