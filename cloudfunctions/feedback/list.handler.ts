import type { ActionInput } from '../../shared/src/contract/define-function';
import type { feedbackContract } from '../../shared/src/feedback/feedback-contract';
import type { Filter } from '../platform/ports/store';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { scopeFilter } from '../platform/runtime/scope';
import { feedbackCollection } from './feedback-collection';
import { toFeedbackCaseView } from './feedback-views';

type Actions = typeof feedbackContract.actions;

export async function list(input: ActionInput<Actions, 'list'>, ctx: HandlerContext) {
  const filter: Filter = { ...scopeFilter(ctx.scope) };
  if (input.status) filter.status = input.status;
  const page = await ctx.store
    .collection(feedbackCollection)
    .find(filter, { sort: [['createdAt', 'desc']], limit: input.limit, after: input.cursor });
  return {
    items: page.items.map((d) =>
      toFeedbackCaseView(d, ctx.caller.kind === 'user' ? ctx.caller.userId : null),
    ),
    nextCursor: page.nextCursor,
  };
}
