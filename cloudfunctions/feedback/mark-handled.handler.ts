import type { ActionInput } from '../../shared/src/contract/define-function';
import type { feedbackContract } from '../../shared/src/feedback/feedback-contract';
import { conflict } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { feedbackToActOn } from './feedback-case';
import { feedbackCollection } from './feedback-collection';
import { toFeedbackCaseViews } from './feedback-views';

type Actions = typeof feedbackContract.actions;

/** 已处理: closes an answered feedback (the villager has been told; nothing more to do). */
export async function markHandled(input: ActionInput<Actions, 'markHandled'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now().toISOString();
  const updated = await ctx.store.transaction(async (tx) => {
    const { fb, level } = await feedbackToActOn(ctx, input.feedbackId, tx);
    if (fb.status !== 'answered' && (fb.status as string) !== 'replied')
      throw conflict('请先答复群众，再标记为已处理。');
    const next = await tx.update(
      feedbackCollection,
      fb._id,
      { set: { status: 'handled', handledAt: now, handledBy: caller.userId, dueOn: null } },
      { ifVersion: fb._version },
    );
    await ctx.audit.record(
      { entity: 'feedback', entityId: fb._id, from: fb.status, to: 'handled', note: level },
      tx,
    );
    return next;
  });
  const [view] = await toFeedbackCaseViews(ctx, [updated]);
  if (!view) throw new Error('unreachable: one doc in, one view out');
  return view;
}
