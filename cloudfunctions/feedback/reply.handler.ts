import type { ActionInput } from '../../shared/src/contract/define-function';
import type { feedbackContract } from '../../shared/src/feedback/feedback-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { feedbackToActOn } from './feedback-case';
import { feedbackCollection } from './feedback-collection';
import { toFeedbackCaseViews } from './feedback-views';

type Actions = typeof feedbackContract.actions;

/**
 * Answers a feedback at the caller's level (it may be answered again, e.g. with news). The
 * villager gets a `feedback.answered` notice in the same transaction; the deadline stops.
 */
export async function reply(input: ActionInput<Actions, 'reply'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now().toISOString();
  const updated = await ctx.store.transaction(async (tx) => {
    const { fb, level } = await feedbackToActOn(ctx, input.feedbackId, tx);
    const replies = [
      ...(fb.replies ?? []),
      { text: input.reply, by: caller.userId, byName: caller.name, byLevel: level, at: now },
    ];
    const next = await tx.update(
      feedbackCollection,
      fb._id,
      {
        set: {
          status: 'answered',
          reply: input.reply,
          repliedBy: caller.userId,
          repliedAt: now,
          replies,
          dueOn: null,
        },
      },
      { ifVersion: fb._version },
    );
    await ctx.audit.record(
      { entity: 'feedback', entityId: fb._id, from: fb.status, to: 'answered', note: level },
      tx,
    );
    await ctx.notifier.notify(
      {
        userId: fb.userId,
        template: 'feedback.answered',
        data: { feedbackId: fb._id, byLevel: level },
      },
      tx,
    );
    return next;
  });
  const [view] = await toFeedbackCaseViews(ctx, [updated]);
  if (!view) throw new Error('unreachable: one doc in, one view out');
  return view;
}
