import { DEMO_CLAIM_SCHEME } from '../../shared/src/claims/claim-schemes';
import type { ClaimType } from '../../shared/src/claims/claim-schemes';
import { chinaDate } from '../../shared/src/review-workflow/working-days';
import type { Store } from '../platform/ports/store';
import { claimsCollection } from './claim-collections';

/** The China year of an instant: the year whose cap a payout counts against. */
export function capYearOf(now: Date): number {
  return Number(chinaDate(now).slice(0, 4));
}

/**
 * What the household was already granted this year for claims sharing `type`'s yearly cap: the
 * approved amounts of its approved and paid claims of that year (one indexed query on
 * {householdId, approvedYear}). `exceptId` leaves one claim out (the one being decided).
 */
export async function grantedThisYear(
  store: Store,
  householdId: string,
  type: ClaimType,
  year: number,
  exceptId?: string,
): Promise<number> {
  const group = DEMO_CLAIM_SCHEME.types[type].rule.capGroup;
  const page = await store
    .collection(claimsCollection)
    .find({ householdId, approvedYear: year }, { limit: 1000 });
  return page.items
    .filter(
      (c) =>
        c._id !== exceptId &&
        c.capGroup === group &&
        (c.status === 'approved' || c.status === 'paid'),
    )
    .reduce((sum, c) => sum + (c.approvedAmount ?? 0), 0);
}

/** What is left of the household's yearly cap for `type` this year. */
export async function capLeft(
  store: Store,
  householdId: string,
  type: ClaimType,
  now: Date,
  exceptId?: string,
): Promise<number> {
  const granted = await grantedThisYear(store, householdId, type, capYearOf(now), exceptId);
  return Math.max(0, DEMO_CLAIM_SCHEME.types[type].rule.yearlyCap - granted);
}
