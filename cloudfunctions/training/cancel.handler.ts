import type { ActionInput } from '../../shared/src/contract/define-function';
import { mayCancel } from '../../shared/src/training/enrollment-rules';
import type { trainingContract } from '../../shared/src/training/training-contract';
import { conflict, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { RetryTransaction } from '../platform/runtime/transaction-retry';
import { coursesCollection, enrollmentIdFor, enrollmentsCollection } from './training-collections';
import { toEnrollmentView } from './training-views';

type Actions = typeof trainingContract.actions;

/**
 * Cancels a seat or a waitlist ticket. A freed seat goes to the first waitlisted trainee in the
 * same transaction, and they are told through the notification outbox. The first in line is
 * looked up before the transaction (queries cannot run inside one) and confirmed inside it by
 * the course's version: any sign-up or cancellation in between changes it and forces a retry.
 */
export async function cancel(input: ActionInput<Actions, 'cancel'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now().toISOString();
  const id = enrollmentIdFor(input.courseId, caller.userId);
  const courses = ctx.store.collection(coursesCollection);
  const enrollments = ctx.store.collection(enrollmentsCollection);

  const { enrollment, course } = await ctx.retryTransaction(async () => {
    const seen = await courses.get(input.courseId);
    if (!seen) throw notFound('没有找到这个课程。');
    const next = (
      await enrollments.find(
        { courseId: seen._id, status: 'waitlisted' },
        { sort: [['waitSeq', 'asc']], limit: 1 },
      )
    ).items[0];
    return ctx.store.transaction(async (tx) => {
      const course = await tx.get(coursesCollection, seen._id);
      if (!course) throw notFound('没有找到这个课程。');
      if (course._version !== seen._version) throw new RetryTransaction();
      const e = await tx.get(enrollmentsCollection, id);
      if (!e || e.userId !== caller.userId) throw notFound('您没有报这个课程。');
      if (e.status === 'cancelled') return { enrollment: e, course };
      if (!mayCancel(course, e.status, now)) {
        throw conflict(
          `开课前 ${course.cancelHoursBefore} 小时内不能在网上取消，请直接联系培训老师。`,
        );
      }
      let courseUpdate;
      if (e.status === 'confirmed' && next) {
        const promoted = await tx.get(enrollmentsCollection, next._id);
        if (!promoted || promoted.status !== 'waitlisted') throw new RetryTransaction();
        await tx.update(
          enrollmentsCollection,
          promoted._id,
          { set: { status: 'confirmed', waitSeq: null, promotedAt: now } },
          { ifVersion: promoted._version },
        );
        await ctx.audit.record(
          {
            entity: 'enrollment',
            entityId: promoted._id,
            from: 'waitlisted',
            to: 'confirmed',
            note: 'promoted',
          },
          tx,
        );
        await ctx.notifier.notify(
          {
            userId: promoted.userId,
            template: 'training.promoted',
            data: { courseId: course._id, courseTitle: course.title },
          },
          tx,
        );
        courseUpdate = { inc: { waitlisted: -1 } };
      } else if (e.status === 'confirmed') {
        courseUpdate = { inc: { confirmed: -1, seatsLeft: 1 } };
      } else {
        courseUpdate = { inc: { waitlisted: -1 } };
      }
      const updatedCourse = await tx.update(coursesCollection, course._id, courseUpdate, {
        ifVersion: course._version,
      });
      const cancelled = await tx.update(
        enrollmentsCollection,
        id,
        { set: { status: 'cancelled', waitSeq: null, cancelledAt: now } },
        { ifVersion: e._version },
      );
      await ctx.audit.record(
        { entity: 'enrollment', entityId: id, from: e.status, to: 'cancelled' },
        tx,
      );
      return { enrollment: cancelled, course: updatedCourse };
    });
  });
  return toEnrollmentView(ctx.store, enrollment, course, now);
}
