import type { ActionInput } from '../../shared/src/contract/define-function';
import type { feedbackContract } from '../../shared/src/feedback/feedback-contract';
import { conflict } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { feedbackToActOn } from './feedback-case';
import { feedbackCollection } from './feedback-collection';
import { nextLevel, replyDueOn } from './feedback-levels';
import { toFeedbackCaseViews } from './feedback-views';

type Actions = typeof feedbackContract.actions;

/**
 * 转交上级: village → town → city. The new level gets it in its 待办 with a fresh 5-working-day
 * deadline; the old level still sees it (read only) in its area.
 */
export async function passUp(input: ActionInput<Actions, 'passUp'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const updated = await ctx.store.transaction(async (tx) => {
    const { fb, level } = await feedbackToActOn(ctx, input.feedbackId, tx);
    const to = nextLevel(level);
    if (!to) throw conflict('市里是最高一级，不能再往上转交了。');
    const passUps = [
      ...(fb.passUps ?? []),
      { from: level, to, by: caller.userId, byName: caller.name, note: input.note ?? null, at },
    ];
    const next = await tx.update(
      feedbackCollection,
      fb._id,
      { set: { status: 'passed_up', level: to, dueOn: replyDueOn(now), passUps } },
      { ifVersion: fb._version },
    );
    await ctx.audit.record(
      {
        entity: 'feedback',
        entityId: fb._id,
        from: fb.status,
        to: 'passed_up',
        note: `${level}→${to}${input.note ? `：${input.note}` : ''}`,
      },
      tx,
    );
    return next;
  });
  const [view] = await toFeedbackCaseViews(ctx, [updated]);
  if (!view) throw new Error('unreachable: one doc in, one view out');
  return view;
}
