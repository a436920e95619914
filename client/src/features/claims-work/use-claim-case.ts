import { api } from '../../api/api';
import { useReviewCase } from '../review-work/use-review-case';
import type { ClaimView } from './claims-work-api';

export const CLAIM_SOMEONE_ELSE_ACTED =
  '别人刚处理过这件理赔，已为您刷新成最新的，请看一下再决定。';

const getClaim = (claimId: string) => api.claims.get({ claimId });

/** One claim for a reviewer (`claims.get`), reloaded after a CONFLICT (`useReviewCase`). */
export function useClaimCase(claimId: string) {
  return useReviewCase<ClaimView>(claimId, getClaim, CLAIM_SOMEONE_ELSE_ACTED);
}
