import type { ClaimStatus } from '../../shared/src/claims/claim-statuses';
import type { Doc } from '../platform/ports/store';
import type { TransitionRequest } from '../platform/review-workflow/run-transition';
import { runTransition } from '../platform/review-workflow/run-transition';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { CLAIM_CASES, INSURER_STATUSES } from './claim-case-workflow';
import type { ClaimDoc } from './claim-collections';

/**
 * One step of a claim through the review engine; besides the feature's own patch it keeps
 * `insurerVisible`: set once the claim reaches the insurer's stage, never unset (the insurer keeps
 * seeing what it worked on, also when it returned or rejected it).
 */
export function runClaimTransition(
  ctx: HandlerContext,
  req: TransitionRequest<ClaimStatus, ClaimDoc>,
): Promise<Doc<ClaimDoc>> {
  return runTransition(ctx, CLAIM_CASES, {
    ...req,
    async patch(doc, next, tx) {
      const extra: Partial<ClaimDoc> = (await req.patch?.(doc, next, tx)) ?? {};
      const status = extra.status ?? next.status;
      const visible = doc.insurerVisible || INSURER_STATUSES.includes(status);
      return visible === doc.insurerVisible ? extra : { ...extra, insurerVisible: visible };
    },
  });
}
