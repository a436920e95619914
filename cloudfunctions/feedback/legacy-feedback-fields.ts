import type { CollectionDef, Store } from '../platform/ports/store';
import type { FeedbackDoc } from './feedback-collection';
import { feedbackCollection } from './feedback-collection';
import { firstLevel, replyDueOn } from './feedback-levels';

/** Feedback as it may still be on disk from before issue 15 (status `replied`, no level). */
type LegacyFeedback = Omit<FeedbackDoc, 'status'> & { status: FeedbackDoc['status'] | 'replied' };
const legacyFeedback = { ...feedbackCollection } as CollectionDef<LegacyFeedback>;

const PAGE = 500;

/**
 * Start-up pass for feedback written before issue 15: each gets the level that answers it (its
 * village's, or the town / city when the sender had none) and, while unanswered, its reply
 * deadline (5 working days from submission), so it shows in the 反馈待办 by due date; `replied`
 * becomes `answered` with its one answer in `replies`. Idempotent: a rewritten document has a
 * level, so a second run touches nothing. Returns how many documents it rewrote.
 */
export async function migrateLegacyFeedback(store: Store): Promise<number> {
  const feedback = store.collection(legacyFeedback);
  let rewritten = 0;
  for (const status of ['replied', 'received'] as const) {
    let after: string | undefined;
    for (;;) {
      const page = await feedback.find({ status }, { limit: PAGE, ...(after ? { after } : {}) });
      for (const d of page.items) {
        if (d.level) continue;
        const level = firstLevel(d);
        const answered = d.status === 'replied';
        await feedback.update(
          d._id,
          {
            set: {
              level,
              status: answered ? 'answered' : d.status,
              dueOn: answered ? null : replyDueOn(new Date(d.createdAt)),
              replies:
                answered && d.reply && d.repliedAt
                  ? [
                      {
                        text: d.reply,
                        by: d.repliedBy ?? '',
                        byName: null,
                        byLevel: 'village',
                        at: d.repliedAt,
                      },
                    ]
                  : [],
              passUps: [],
              handledAt: null,
              handledBy: null,
            },
          },
          { ifVersion: d._version },
        );
        rewritten++;
      }
      if (!page.nextCursor) break;
      after = page.nextCursor;
    }
  }
  return rewritten;
}
