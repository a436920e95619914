import type { ActionInput } from '../../shared/src/contract/define-function';
import type { feedbackContract } from '../../shared/src/feedback/feedback-contract';
import { conflict, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { inScope } from '../platform/runtime/scope';
import { feedbackCollection } from './feedback-collection';
import { toFeedbackCaseView } from './feedback-views';

type Actions = typeof feedbackContract.actions;

export async function reply(input: ActionInput<Actions, 'reply'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now().toISOString();
  const updated = await ctx.store.transaction(async (tx) => {
    const fb = await tx.get(feedbackCollection, input.feedbackId);
    if (!fb || !inScope(ctx.scope, fb)) throw notFound();
    if (fb.status === 'replied') throw conflict('这条反馈已经答复过了。');
    const next = await tx.update(
      feedbackCollection,
      fb._id,
      { set: { status: 'replied', reply: input.reply, repliedBy: caller.userId, repliedAt: now } },
      { ifVersion: fb._version },
    );
    await ctx.audit.record(
      { entity: 'feedback', entityId: fb._id, from: fb.status, to: 'replied' },
      tx,
    );
    await ctx.notifier.notify(
      { userId: fb.userId, template: 'feedback.replied', data: { feedbackId: fb._id } },
      tx,
    );
    return next;
  });
  return toFeedbackCaseView(updated, caller.userId);
}
