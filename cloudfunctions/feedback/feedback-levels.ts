import { FEEDBACK_REPLY_DEADLINE } from '../../shared/src/feedback/feedback-deadline';
import type { LocalDate } from '../../shared/src/review-workflow/working-days';
import { addWorkingDays, chinaDate } from '../../shared/src/review-workflow/working-days';
import type { Scope } from '../platform/runtime/scope';
import type { FeedbackDoc, FeedbackLevelValue } from './feedback-collection';

/** The level a cadre's scope works at (village / town / city), or null for other scopes. */
export function levelOfScope(scope: Scope): FeedbackLevelValue | null {
  return scope.level === 'village' || scope.level === 'town' || scope.level === 'city'
    ? scope.level
    : null;
}

/** Where a new feedback starts: its village, or the town / city when the sender has none. */
export function firstLevel(place: { villageId: string | null; townId: string | null }) {
  if (place.villageId) return 'village' as const;
  if (place.townId) return 'town' as const;
  return 'city' as const;
}

export function nextLevel(level: FeedbackLevelValue): FeedbackLevelValue | null {
  if (level === 'village') return 'town';
  if (level === 'town') return 'city';
  return null;
}

/** Older records carry no level: they were the village's. */
export function levelOf(d: Pick<FeedbackDoc, 'level'>): FeedbackLevelValue {
  return d.level ?? 'village';
}

/** The reply deadline for an answer awaited from `at` on (5 working days, the day itself not counted). */
export function replyDueOn(at: Date): LocalDate {
  return addWorkingDays(chinaDate(at), FEEDBACK_REPLY_DEADLINE.workingDays);
}

export const LEVEL_LABEL: Record<FeedbackLevelValue, string> = {
  village: '村里',
  town: '镇上',
  city: '市里',
};
