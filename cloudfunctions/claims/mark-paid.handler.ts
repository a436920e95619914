import type { claimsContract } from '../../shared/src/claims/claims-contract';
import { claimPublicity, mayMarkPaid } from '../../shared/src/claims/claim-workflow';
import type { ActionInput } from '../../shared/src/contract/define-function';
import { chinaDate } from '../../shared/src/review-workflow/working-days';
import { conflict, invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { plainDate } from '../risk/risk-dates';
import type { ClaimDoc } from './claim-collections';
import { claimEvent, claimNotice } from './claim-notices';
import { runClaimTransition } from './claim-transition';
import { toClaimView } from './claim-view-mapping';

type Actions = typeof claimsContract.actions;

export const NOT_APPROVED_MESSAGE = '只有市里审定通过的理赔才能登记赔付。';

/**
 * 登记赔付 (the insurer), once the 公示 has ended: the day paid and the payment reference. The
 * payment day lies after the 公示 and not in the future.
 */
export async function markPaid(input: ActionInput<Actions, 'markPaid'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now();
  const updated = await runClaimTransition(ctx, {
    id: input.claimId,
    expectedVersion: input.expectedVersion,
    move: (c) =>
      c.status === 'approved'
        ? { kind: 'decide', decision: 'approve' }
        : { kind: 'stay', when: [], refusal: NOT_APPROVED_MESSAGE },
    step: { kind: 'paid', note: `付款流水号 ${input.paymentReference}` },
    check(c) {
      if (!c.approvedAt) throw conflict(NOT_APPROVED_MESSAGE);
      const approvedAt = new Date(c.approvedAt);
      const { endsOn } = claimPublicity(approvedAt);
      if (!mayMarkPaid(approvedAt, now))
        throw conflict(`公示还没结束，${plainDate(endsOn)}以后才能登记赔付。`);
      if (input.paidOn <= endsOn)
        throw invalid({ paidOn: `赔付日期要在公示结束（${plainDate(endsOn)}）以后` });
      if (input.paidOn > chinaDate(now)) throw invalid({ paidOn: '赔付日期不能是以后的日子' });
    },
    patch: (c): Partial<ClaimDoc> => ({
      payment: {
        paidOn: input.paidOn,
        reference: input.paymentReference,
        dueOn: c.dueOn,
        byId: caller.userId,
      },
    }),
    event: (c, to) => claimEvent(c, to),
    notice: (c, to) => claimNotice(c, to),
  });
  return toClaimView(ctx, caller, updated);
}
