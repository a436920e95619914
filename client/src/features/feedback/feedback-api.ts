import { DEFAULT_MESSAGE_BY_CODE } from '@shared/envelope/error-codes';
import { rawCall } from '../../api/api';
import type { ClientCallResult } from '../../api/client-call-result';
import { FEEDBACK_CATEGORIES, type FeedbackCategory } from './feedback-draft';

/**
 * `feedback.mine`. Written against the agreed contract before shared/src/feedback landed; once
 * `feedback` is in ALL_FUNCTIONS this becomes `api.feedback.mine({})`.
 */
export interface FeedbackView {
  feedbackId: string;
  category: FeedbackCategory;
  content: string;
  status: string;
  createdAt: string | number;
}

function isFeedbackView(value: unknown): value is FeedbackView {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.feedbackId === 'string' &&
    (FEEDBACK_CATEGORIES as readonly unknown[]).includes(v.category) &&
    typeof v.content === 'string' &&
    typeof v.status === 'string' &&
    (typeof v.createdAt === 'string' || typeof v.createdAt === 'number')
  );
}

export async function fetchMyFeedback(): Promise<ClientCallResult<{ items: FeedbackView[] }>> {
  const result = await rawCall('feedback', 'mine', {});
  if (!result.ok) return result;
  const data = result.data as { items?: unknown };
  if (Array.isArray(data.items) && data.items.every(isFeedbackView)) {
    return { ok: true, data: { items: data.items } };
  }
  return { ok: false, error: { code: 'INTERNAL', message: DEFAULT_MESSAGE_BY_CODE.INTERNAL } };
}
