import type { ActionInput } from '../../shared/src/contract/define-function';
import { ACTIVE_STATUSES } from '../../shared/src/training/training-labels';
import {
  placeFor,
  SIGNUP_REFUSAL_MESSAGE,
  signupRefusal,
} from '../../shared/src/training/enrollment-rules';
import type { trainingContract } from '../../shared/src/training/training-contract';
import { AppError, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { recordHouseholdEvent } from '../platform/runtime/household-events';
import { usersCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';
import { applicantFrom } from './applicant';
import { coursesCollection, enrollmentIdFor, enrollmentsCollection } from './training-collections';
import { toEnrollmentView } from './training-views';

type Actions = typeof trainingContract.actions;

/**
 * Takes a seat or a waitlist ticket inside one transaction over the course document. The
 * enrollment id is `<course>:<user>`, so a double tap or a retry finds the first one.
 */
export async function enroll(input: ActionInput<Actions, 'enroll'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const user = await ctx.store.collection(usersCollection).get(caller.userId);
  if (!user) throw notFound();
  const applicant = applicantFrom(user, ctx.dataKeys, now);
  const id = enrollmentIdFor(input.courseId, caller.userId);

  const { enrollment, course } = await ctx.retryTransaction(() =>
    ctx.store.transaction(async (tx) => {
      const course = await tx.get(coursesCollection, input.courseId);
      if (!course || course.status === 'draft') throw notFound('没有找到这个课程。');
      const existing = await tx.get(enrollmentsCollection, id);
      if (existing && ACTIVE_STATUSES.includes(existing.status))
        return { enrollment: existing, course };
      const refusal = signupRefusal(course, applicant, nowIso);
      // A refusal by the course's rules (window, age, residence) is CONFLICT with the reason;
      // FORBIDDEN stays for roles that may not sign up at all.
      if (refusal) throw new AppError('CONFLICT', SIGNUP_REFUSAL_MESSAGE[refusal]);
      const place = placeFor(course);
      const ticket = place === 'waitlisted' ? course.waitSeq + 1 : null;
      const updatedCourse = await tx.update(
        coursesCollection,
        course._id,
        place === 'confirmed'
          ? { inc: { confirmed: 1, seatsLeft: -1 } }
          : { inc: { waitlisted: 1, waitSeq: 1 } },
        { ifVersion: course._version },
      );
      const fields = {
        status: place,
        waitSeq: ticket,
        checkIns: [],
        certificateSerial: null,
        enrolledAt: nowIso,
        cancelledAt: null,
        promotedAt: null,
        completedAt: null,
      };
      const enrollment = existing
        ? await tx.update(
            enrollmentsCollection,
            id,
            { set: fields },
            { ifVersion: existing._version },
          )
        : await tx.insert(enrollmentsCollection, {
            _id: id,
            courseId: course._id,
            userId: caller.userId,
            villageId: caller.villageId,
            townId: caller.townId,
            ...fields,
          });
      await ctx.audit.record(
        { entity: 'enrollment', entityId: id, from: existing?.status ?? null, to: place },
        tx,
      );
      if (caller.householdId && caller.villageId && caller.townId) {
        await recordHouseholdEvent(ctx, tx, {
          household: {
            _id: caller.householdId,
            villageId: caller.villageId,
            townId: caller.townId,
          },
          kind: 'training.enrolled',
          detail: `${course.title}（${place === 'confirmed' ? '已报上' : '候补'}）`,
          ref: `enrollments/${id}`,
        });
      }
      return { enrollment, course: updatedCourse };
    }),
  );
  return toEnrollmentView(ctx.store, enrollment, course, nowIso);
}
