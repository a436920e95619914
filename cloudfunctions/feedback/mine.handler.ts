import type { ActionInput } from '../../shared/src/contract/define-function';
import type { feedbackContract } from '../../shared/src/feedback/feedback-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { feedbackCollection } from './feedback-collection';
import { toFeedbackView } from './feedback-views';

type Actions = typeof feedbackContract.actions;

export async function mine(input: ActionInput<Actions, 'mine'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const page = await ctx.store
    .collection(feedbackCollection)
    .find(
      { userId: caller.userId },
      { sort: [['createdAt', 'desc']], limit: input.limit, after: input.cursor },
    );
  return { items: page.items.map(toFeedbackView), nextCursor: page.nextCursor };
}
