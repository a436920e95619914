import type { ActionInput } from '../../shared/src/contract/define-function';
import type { trainingContract } from '../../shared/src/training/training-contract';
import type { Filter } from '../platform/ports/store';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { coursesCollection } from './training-collections';
import { toCourseViews } from './training-views';

type Actions = typeof trainingContract.actions;

export async function listCourses(input: ActionInput<Actions, 'listCourses'>, ctx: HandlerContext) {
  const now = ctx.clock.now().toISOString();
  const filter: Filter = { status: 'published' };
  if (input.category) filter.category = input.category;
  if (input.townId) filter.townId = input.townId;
  if (input.openForSignup) {
    filter.signupClosesAt = { $gte: now };
    filter.signupOpensAt = { $lte: now };
  }
  if (input.hasSeatsLeft) filter.seatsLeft = { $gt: 0 };
  const page = await ctx.store.collection(coursesCollection).find(filter, {
    sort: [['firstSessionStartsAt', 'asc']],
    limit: input.limit,
    after: input.cursor,
  });
  return {
    items: await toCourseViews(ctx.store, page.items, now),
    nextCursor: page.nextCursor,
  };
}
