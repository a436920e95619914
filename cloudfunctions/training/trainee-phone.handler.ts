import type { ActionInput } from '../../shared/src/contract/define-function';
import type { trainingContract } from '../../shared/src/training/training-contract';
import { notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { usersCollection } from '../platform/runtime/platform-collections';
import { openSealedValue } from '../platform/runtime/sealed-value';
import { loadManagedCourse } from './course-staff';
import { enrollmentsCollection } from './training-collections';

type Actions = typeof trainingContract.actions;

/**
 * The full phone of a trainee, for 拨打 on the roster: the course's trainer (or an admin) only,
 * for someone signed up to that course. Every number shown leaves an audit entry: who (the writer
 * adds actor and role) saw whose number for which course. The number itself is not written.
 */
export async function traineePhone(
  input: ActionInput<Actions, 'traineePhone'>,
  ctx: HandlerContext,
) {
  const course = await loadManagedCourse(ctx, input.courseId);
  const e = await ctx.store.collection(enrollmentsCollection).get(input.enrollmentId);
  if (!e || e.courseId !== course._id || e.status === 'cancelled')
    throw notFound('这个人没有报这门课。');
  const user = await ctx.store.collection(usersCollection).get(e.userId);
  if (!user?.phone) throw notFound('这位学员没有留手机号，请联系村干部。');
  const phone = openSealedValue(user.phone, ctx.dataKeys);
  await ctx.audit.record({
    entity: 'trainee_phone_read',
    entityId: e._id,
    note: `read phone of user ${e.userId} for course ${course._id}`,
  });
  return { phone };
}
