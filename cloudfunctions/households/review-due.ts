import type { HouseholdCategory } from '../../shared/src/households/household-category';

/** Monitored (三类户) households are reviewed every 90 days; others have no review date. */
export const MONITORED_REVIEW_DAYS = 90;

export function nextReviewDue(category: HouseholdCategory, from: Date): string | null {
  if (category !== 'monitored') return null;
  return new Date(from.getTime() + MONITORED_REVIEW_DAYS * 86_400_000).toISOString().slice(0, 10);
}
