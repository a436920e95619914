import type { Doc } from '../platform/ports/store';
import { notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import type { CourseDoc } from './training-collections';
import { coursesCollection } from './training-collections';

/** A course the caller may manage: a trainer their own courses, admins every course. */
export async function loadManagedCourse(
  ctx: HandlerContext,
  courseId: string,
): Promise<Doc<CourseDoc>> {
  const course = await ctx.store.collection(coursesCollection).get(courseId);
  const caller = ctx.caller;
  const allowed =
    caller.kind === 'user' &&
    (caller.role === 'admin' ||
      caller.role === 'city_approver' ||
      (caller.role === 'trainer' && course?.trainerId === caller.userId));
  if (!course || !allowed) throw notFound('没有找到这个课程。');
  return course;
}
