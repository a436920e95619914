import type { claimsContract } from '../../shared/src/claims/claims-contract';
import type { ActionInput } from '../../shared/src/contract/define-function';
import { chinaDate } from '../../shared/src/review-workflow/working-days';
import { conflict, invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { plainDate } from '../risk/risk-dates';
import type { ClaimDoc } from './claim-collections';
import { isFamily, claimLevelOf, toClaimView } from './claim-view-mapping';
import { runClaimTransition } from './claim-transition';

type Actions = typeof claimsContract.actions;

/**
 * The family appeals a rejection, once, within the window (the engine's `appealTo`): it lands at
 * the next level; a city rejection goes to another city approver (the one who rejected may not
 * decide it).
 */
export async function appeal(input: ActionInput<Actions, 'appeal'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now();
  const v = await ctx.contentCheck.checkText(input.reason);
  if (!v.ok) throw invalid({ reason: v.reason }, v.reason);
  const updated = await runClaimTransition(ctx, {
    id: input.claimId,
    expectedVersion: input.expectedVersion,
    move: { kind: 'appeal' },
    step: { kind: 'appealed', note: input.reason },
    check(c) {
      if (!isFamily(c, caller)) throw conflict('只有申请人和家里人可以申请复核。');
      if (c.dueOn && chinaDate(now) > c.dueOn)
        throw conflict(`申请复核要在${plainDate(c.dueOn)}前提出，现在已经过了期限。`);
    },
    patch: (_c, next): Partial<ClaimDoc> => ({
      appeal: {
        at: now.toISOString(),
        reason: input.reason,
        toLevel: claimLevelOf(next.status) ?? 'city',
      },
    }),
    event: () => ({ kind: 'claims.appealed', detail: null }),
  });
  return toClaimView(ctx, caller, updated);
}
