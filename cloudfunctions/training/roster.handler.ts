import type { ActionInput } from '../../shared/src/contract/define-function';
import type { trainingContract } from '../../shared/src/training/training-contract';
import type { Doc } from '../platform/ports/store';
import type { Filter } from '../platform/ports/store';
import { notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { usersCollection } from '../platform/runtime/platform-collections';
import { scopeFilter } from '../platform/runtime/scope';
import { orgUnitNames } from '../platform/runtime/org-unit-names';
import { maskPhoneToLast4 } from '../../shared/src/training/trainee-phone-mask';
import { loadManagedCourse } from './course-staff';
import type { EnrollmentDoc } from './training-collections';
import { coursesCollection, enrollmentsCollection } from './training-collections';
import { waitlistPosition } from './training-views';

type Actions = typeof trainingContract.actions;

export async function toRosterEntry(
  ctx: HandlerContext,
  e: Doc<EnrollmentDoc>,
  names: Map<string, string>,
) {
  const user = await ctx.store.collection(usersCollection).get(e.userId);
  return {
    enrollmentId: e._id,
    name: user?.name ?? null,
    phoneMasked: user?.phone ? maskPhoneToLast4(user.phone.last4) : null,
    villageName: e.villageId ? (names.get(e.villageId) ?? null) : null,
    status: e.status,
    waitlistPosition: await waitlistPosition(ctx.store, e),
    checkIns: e.checkIns.length,
    certificateSerial: e.certificateSerial,
  };
}

/**
 * Who signed up: the course's trainer and city roles see everyone; village and town cadres see
 * the trainees from their own unit.
 */
export async function roster(input: ActionInput<Actions, 'roster'>, ctx: HandlerContext) {
  const cityWide = ctx.scope.level === 'city';
  if (cityWide) await loadManagedCourse(ctx, input.courseId);
  else if (!(await ctx.store.collection(coursesCollection).get(input.courseId)))
    throw notFound('没有找到这个课程。');
  const filter: Filter = { courseId: input.courseId, ...(cityWide ? {} : scopeFilter(ctx.scope)) };
  if (input.status) filter.status = input.status;
  const sort =
    input.status === 'waitlisted'
      ? ([['waitSeq', 'asc']] as const)
      : ([['enrolledAt', 'asc']] as const);
  const page = await ctx.store
    .collection(enrollmentsCollection)
    .find(filter, { sort, limit: input.limit, after: input.cursor });
  const names = await orgUnitNames(
    ctx.store,
    page.items.flatMap((e) => (e.villageId ? [e.villageId] : [])),
  );
  return {
    items: await Promise.all(page.items.map((e) => toRosterEntry(ctx, e, names))),
    nextCursor: page.nextCursor,
  };
}
