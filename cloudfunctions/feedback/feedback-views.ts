import { deadlineStatus } from '../../shared/src/review-workflow/deadlines';
import { freeTextFor } from '../../shared/src/privacy/redact-free-text';
import type { Doc } from '../platform/ports/store';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { orgUnitNames } from '../platform/runtime/org-unit-names';
import type { FeedbackDoc } from './feedback-collection';
import { levelOf, levelOfScope, replyDueOn } from './feedback-levels';

/** Whether an answer is still awaited (the deadline runs). */
export function awaitingAnswer(d: Pick<FeedbackDoc, 'status'>): boolean {
  return d.status === 'received' || d.status === 'passed_up';
}

function repliesOf(d: FeedbackDoc) {
  if (d.replies) return d.replies;
  // Records answered before replies were kept as a list: their one answer, by the village.
  if (d.reply && d.repliedAt)
    return [
      {
        text: d.reply,
        by: d.repliedBy ?? '',
        byName: null,
        byLevel: 'village' as const,
        at: d.repliedAt,
      },
    ];
  return [];
}

export function toFeedbackView(d: Doc<FeedbackDoc>) {
  return {
    feedbackId: d._id,
    category: d.category,
    content: d.content,
    // Records from before the status list grew said `replied`.
    status: (d.status as string) === 'replied' ? ('answered' as const) : d.status,
    level: levelOf(d),
    reply: d.reply,
    replies: repliesOf(d).map((r) => ({
      text: r.text,
      byName: r.byName,
      byLevel: r.byLevel,
      at: r.at,
    })),
    createdAt: d.createdAt,
    repliedAt: d.repliedAt,
    handledAt: d.handledAt ?? null,
  };
}

/** A case as staff see it: ID and phone numbers in the villager's text show only their last 4. */
export function toFeedbackCaseView(
  d: Doc<FeedbackDoc>,
  ctx: HandlerContext,
  villageName: string | null,
) {
  const now = ctx.clock.now();
  const viewerId = ctx.caller.kind === 'user' ? ctx.caller.userId : null;
  const view = toFeedbackView(d);
  const dueOn = awaitingAnswer(view) ? (d.dueOn ?? replyDueOn(new Date(d.createdAt))) : null;
  const passUps = d.passUps ?? [];
  return {
    ...view,
    content: freeTextFor(d.content, d.userId, viewerId),
    submitterName: d.submitterName,
    contactMasked: d.contact?.masked ?? null,
    villageId: d.villageId,
    villageName,
    deadline: dueOn ? deadlineStatus(dueOn, now) : null,
    canAct: view.status !== 'handled' && levelOfScope(ctx.scope) === view.level,
    passedUpAt: passUps.length > 0 ? (passUps[passUps.length - 1]?.at ?? null) : null,
  };
}

export async function toFeedbackCaseViews(ctx: HandlerContext, docs: Array<Doc<FeedbackDoc>>) {
  const names = await orgUnitNames(
    ctx.store,
    docs.flatMap((d) => (d.villageId ? [d.villageId] : [])),
  );
  return docs.map((d) =>
    toFeedbackCaseView(d, ctx, d.villageId ? (names.get(d.villageId) ?? null) : null),
  );
}
