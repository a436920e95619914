import type { ActionInput } from '../../shared/src/contract/define-function';
import type { trainingContract } from '../../shared/src/training/training-contract';
import { conflict, invalid, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { isCheckInOpen } from '../../shared/src/training/check-in-window';
import { isValidSessionCode } from './session-code';
import { coursesCollection, enrollmentIdFor, enrollmentsCollection } from './training-collections';
import { toEnrollmentView } from './training-views';

type Actions = typeof trainingContract.actions;

export async function checkIn(input: ActionInput<Actions, 'checkIn'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now();
  const course = await ctx.store.collection(coursesCollection).get(input.courseId);
  if (!course) throw notFound('没有找到这个课程。');
  const session = course.sessions.find((s) => s.sessionId === input.sessionId);
  if (!session) throw invalid({ sessionId: '没有这节课' });
  if (!isCheckInOpen(session, now)) throw conflict('现在不是这节课的签到时间。');
  if (!isValidSessionCode(ctx.dataKeys.hashKey, course._id, session.sessionId, input.code, now)) {
    throw invalid({ code: '签到码不对或已过期，请看老师屏幕上的最新签到码。' });
  }
  const id = enrollmentIdFor(course._id, caller.userId);
  const updated = await ctx.store.transaction(async (tx) => {
    const e = await tx.get(enrollmentsCollection, id);
    if (!e || (e.status !== 'confirmed' && e.status !== 'attended'))
      throw notFound('您没有报上这个课程，不能签到。');
    if (e.checkIns.includes(session.sessionId)) throw conflict('这节课您已经签过到了。');
    const next = await tx.update(
      enrollmentsCollection,
      id,
      { set: { status: 'attended', checkIns: [...e.checkIns, session.sessionId] } },
      { ifVersion: e._version },
    );
    await ctx.audit.record(
      { entity: 'enrollment', entityId: id, note: `check-in ${session.sessionId}` },
      tx,
    );
    return next;
  });
  return toEnrollmentView(ctx.store, updated, course, now.toISOString());
}
