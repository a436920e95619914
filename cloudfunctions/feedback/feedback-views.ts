import { freeTextFor } from '../../shared/src/privacy/redact-free-text';
import type { Doc } from '../platform/ports/store';
import type { FeedbackDoc } from './feedback-collection';

export function toFeedbackView(d: Doc<FeedbackDoc>) {
  return {
    feedbackId: d._id,
    category: d.category,
    content: d.content,
    status: d.status,
    reply: d.reply,
    createdAt: d.createdAt,
    repliedAt: d.repliedAt,
  };
}

/** A case as staff see it: ID and phone numbers in the villager's text show only their last 4. */
export function toFeedbackCaseView(d: Doc<FeedbackDoc>, viewerId: string | null) {
  return {
    ...toFeedbackView(d),
    content: freeTextFor(d.content, d.userId, viewerId),
    submitterName: d.submitterName,
    contactMasked: d.contact?.masked ?? null,
    villageId: d.villageId,
  };
}
