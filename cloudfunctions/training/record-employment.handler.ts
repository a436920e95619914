import type { ActionInput } from '../../shared/src/contract/define-function';
import type { trainingContract } from '../../shared/src/training/training-contract';
import { conflict, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { recordHouseholdEvent } from '../platform/runtime/household-events';
import { usersCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';
import { inScope } from '../platform/runtime/scope';
import {
  coursesCollection,
  employmentsCollection,
  enrollmentsCollection,
} from './training-collections';

type Actions = typeof trainingContract.actions;

/** A job after training (劳务输出): by the trainee, their village cadre, or an admin. */
export async function recordEmployment(
  input: ActionInput<Actions, 'recordEmployment'>,
  ctx: HandlerContext,
) {
  const caller = requireUser(ctx);
  const e = await ctx.store.collection(enrollmentsCollection).get(input.enrollmentId);
  if (!e || !inScope(ctx.scope, e, e.userId === caller.userId))
    throw notFound('没有找到这条报名。');
  if (e.status !== 'completed') throw conflict('结业以后才能登记就业。');
  const course = await ctx.store.collection(coursesCollection).get(e.courseId);
  if (!course) throw notFound('没有找到这个课程。');
  const trainee = await ctx.store.collection(usersCollection).get(e.userId);
  const id = `${e._id}:${input.startedOn}`;
  await ctx.store.transaction(async (tx) => {
    await tx.insert(employmentsCollection, {
      _id: id,
      enrollmentId: e._id,
      userId: e.userId,
      villageId: e.villageId,
      townId: e.townId,
      courseId: course._id,
      category: course.category,
      employer: input.employer,
      jobType: input.jobType,
      monthlyIncome: input.monthlyIncome,
      startedOn: input.startedOn,
      recordedBy: caller.userId,
      createdAt: ctx.clock.now().toISOString(),
    });
    await ctx.audit.record({ entity: 'employment', entityId: id, to: 'recorded' }, tx);
    if (trainee?.householdId && e.villageId && e.townId) {
      await recordHouseholdEvent(ctx, tx, {
        household: { _id: trainee.householdId, villageId: e.villageId, townId: e.townId },
        kind: 'training.employed',
        detail: `${input.jobType}（${input.employer}）`,
        ref: `employments/${id}`,
      });
    }
  });
  return { employmentId: id };
}
