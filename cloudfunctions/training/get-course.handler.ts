import type { ActionInput } from '../../shared/src/contract/define-function';
import type { trainingContract } from '../../shared/src/training/training-contract';
import { notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { coursesCollection } from './training-collections';
import { toCourseView } from './training-views';

type Actions = typeof trainingContract.actions;

export async function getCourse(input: ActionInput<Actions, 'getCourse'>, ctx: HandlerContext) {
  const c = await ctx.store.collection(coursesCollection).get(input.courseId);
  const staff =
    ctx.caller.kind === 'user' &&
    (ctx.caller.role === 'admin' || ctx.caller.userId === c?.trainerId);
  if (!c || (c.status === 'draft' && !staff)) throw notFound('没有找到这个课程。');
  return toCourseView(ctx.store, c, ctx.clock.now().toISOString());
}
