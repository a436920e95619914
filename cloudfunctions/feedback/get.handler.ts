import type { ActionInput } from '../../shared/src/contract/define-function';
import type { feedbackContract } from '../../shared/src/feedback/feedback-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { feedbackInScope } from './feedback-case';
import { toFeedbackCaseViews } from './feedback-views';

type Actions = typeof feedbackContract.actions;

export async function get(input: ActionInput<Actions, 'get'>, ctx: HandlerContext) {
  const fb = await feedbackInScope(ctx, input.feedbackId);
  const [view] = await toFeedbackCaseViews(ctx, [fb]);
  if (!view) throw new Error('unreachable: one doc in, one view out');
  return view;
}
