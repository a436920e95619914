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

export function toFeedbackCaseView(d: Doc<FeedbackDoc>) {
  return {
    ...toFeedbackView(d),
    submitterName: d.submitterName,
    contactMasked: d.contact?.masked ?? null,
    villageId: d.villageId,
  };
}
