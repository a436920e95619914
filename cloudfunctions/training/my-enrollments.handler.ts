import type { ActionInput } from '../../shared/src/contract/define-function';
import type { trainingContract } from '../../shared/src/training/training-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { coursesCollection, enrollmentsCollection } from './training-collections';
import { toEnrollmentView } from './training-views';

type Actions = typeof trainingContract.actions;

export async function myEnrollments(
  input: ActionInput<Actions, 'myEnrollments'>,
  ctx: HandlerContext,
) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now().toISOString();
  const page = await ctx.store
    .collection(enrollmentsCollection)
    .find(
      { userId: caller.userId },
      { sort: [['enrolledAt', 'desc']], limit: input.limit, after: input.cursor },
    );
  const items = [];
  for (const e of page.items) {
    const course = await ctx.store.collection(coursesCollection).get(e.courseId);
    if (course) items.push(await toEnrollmentView(ctx.store, e, course, now));
  }
  return { items, nextCursor: page.nextCursor };
}
