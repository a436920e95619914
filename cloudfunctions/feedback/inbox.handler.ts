import type { ActionInput } from '../../shared/src/contract/define-function';
import type { feedbackContract } from '../../shared/src/feedback/feedback-contract';
import type { Filter } from '../platform/ports/store';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { scopeFilter } from '../platform/runtime/scope';
import { feedbackCollection } from './feedback-collection';
import { levelOfScope } from './feedback-levels';
import { toFeedbackCaseViews } from './feedback-views';

type Actions = typeof feedbackContract.actions;

/**
 * 反馈待办. Without a status, `todo` is what waits for the caller's level to answer in their area,
 * soonest due first (indexed on {area, level, dueOn}). With a status: every feedback of the area
 * in that status (a village sees here what it passed up: read access stays). `all`: the whole area,
 * newest first.
 */
export async function inbox(input: ActionInput<Actions, 'inbox'>, ctx: HandlerContext) {
  const filter: Filter = { ...scopeFilter(ctx.scope) };
  let byDue = false;
  if (input.status) {
    filter.status = input.status;
    byDue = input.status === 'received' || input.status === 'passed_up';
  } else if (input.view === 'todo') {
    filter.level = levelOfScope(ctx.scope);
    filter.status = { $in: ['received', 'passed_up'] };
    byDue = true;
  }
  const page = await ctx.store.collection(feedbackCollection).find(filter, {
    sort: byDue ? [['dueOn', 'asc']] : [['createdAt', 'desc']],
    limit: input.limit,
    after: input.cursor,
  });
  return { items: await toFeedbackCaseViews(ctx, page.items), nextCursor: page.nextCursor };
}
