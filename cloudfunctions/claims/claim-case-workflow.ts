import { CLAIM_WORKFLOW, paymentDueOn } from '../../shared/src/claims/claim-workflow';
import type { ClaimStatus } from '../../shared/src/claims/claim-statuses';
import type { Doc } from '../platform/ports/store';
import type { CaseWorkflow } from '../platform/review-workflow/run-transition';
import type { UserCaller } from '../platform/runtime/caller';
import type { Scope } from '../platform/runtime/scope';
import { inScope } from '../platform/runtime/scope';
import type { ClaimDoc } from './claim-collections';
import { claimsCollection } from './claim-collections';

export const NOT_FOUND_MESSAGE = '没有找到这件理赔。';
export const STALE_MESSAGE = '别人刚处理过这件理赔，请刷新后再看。';

/** The statuses from which the insurer sees a claim: forwarded by the town, or later. */
export const INSURER_STATUSES: readonly ClaimStatus[] = [
  'town_reviewed',
  'surveyed',
  'approved',
  'paid',
];

/**
 * A villager sees their household's claims and those they filed; cadres their area; the insurer
 * (city-wide) only the claims the town has forwarded to it.
 */
export function claimInScope(scope: Scope, caller: UserCaller, c: Doc<ClaimDoc>): boolean {
  if (caller.role === 'insurer' && !c.insurerVisible) return false;
  const own =
    c.filerId === caller.userId ||
    (caller.householdId !== null && c.householdId === caller.householdId);
  return inScope(scope, c, own);
}

/** The 防贫保险 workflow bound to its collection (the persistence layer is generic). */
export const CLAIM_CASES: CaseWorkflow<ClaimStatus, ClaimDoc> = {
  def: CLAIM_WORKFLOW,
  collection: claimsCollection,
  waiting: {
    // After 市审定: the 公示 (calendar days), then the insurer pays within 5 working days.
    approved: {
      waitingFor: 'insurer',
      deadline: {
        dueOn: (m) => paymentDueOn(new Date(m.enteredAt)),
        source: '公示结束后5个工作日内赔付',
      },
    },
  },
  entity: 'claim',
  idKey: 'claimId',
  inScope: claimInScope,
  messages: { notFound: NOT_FOUND_MESSAGE, stale: STALE_MESSAGE },
};
