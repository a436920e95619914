import { isMobile, MOBILE_MESSAGE } from '@shared/validation/mobile';
import type { FeedbackSubmitPayload } from './feedback-api';

export type FeedbackCategory = FeedbackSubmitPayload['category'];

/**
 * The contract's categories in the order the form shows them. Listed here rather than read
 * from the zod enum so the form does not pull zod into the package; the `satisfies` and the
 * check below keep it equal to the contract.
 */
export const FEEDBACK_CATEGORIES = [
  'suggestion',
  'complaint',
  'help',
  'other',
] as const satisfies readonly FeedbackCategory[];
const everyCategoryListed: FeedbackCategory extends (typeof FEEDBACK_CATEGORIES)[number]
  ? true
  : never = true;
void everyCategoryListed;

export const CATEGORY_LABEL: Record<FeedbackCategory, string> = {
  suggestion: '提建议',
  complaint: '反映问题',
  help: '求帮助',
  other: '其他',
};

export const CONTENT_MIN = 5;
export const CONTENT_MAX = 500;

/** What the form holds (and the draft stores). */
export interface FeedbackDraft {
  category: FeedbackCategory;
  content: string;
  contact: string;
}

export const EMPTY_FEEDBACK: FeedbackDraft = { category: 'suggestion', content: '', contact: '' };

export function isFeedbackDraft(value: unknown): value is FeedbackDraft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (FEEDBACK_CATEGORIES as readonly unknown[]).includes(v.category) &&
    typeof v.content === 'string' &&
    typeof v.contact === 'string'
  );
}

/** Checks the form as the server will, so most mistakes are caught before queuing. */
export function checkFeedback(
  draft: FeedbackDraft,
):
  | { ok: true; payload: FeedbackSubmitPayload }
  | { ok: false; fieldErrors: Record<string, string> } {
  const fieldErrors: Record<string, string> = {};
  const content = draft.content.trim();
  const contact = draft.contact.trim();
  if (content.length < CONTENT_MIN)
    fieldErrors.content = `请至少写${CONTENT_MIN}个字，说清楚是什么事。`;
  if (content.length > CONTENT_MAX) fieldErrors.content = `最多写${CONTENT_MAX}个字，请精简一下。`;
  if (contact && !isMobile(contact)) fieldErrors.contact = MOBILE_MESSAGE;
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return {
    ok: true,
    payload: { category: draft.category, content, ...(contact ? { contact } : {}) },
  };
}
