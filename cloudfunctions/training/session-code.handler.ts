import type { ActionInput } from '../../shared/src/contract/define-function';
import type { trainingContract } from '../../shared/src/training/training-contract';
import { isCheckInOpen } from '../../shared/src/training/check-in-window';
import { conflict, invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { loadManagedCourse } from './course-staff';
import { codeValidUntil, sessionCodeAt } from './session-code';

type Actions = typeof trainingContract.actions;

export async function sessionCode(input: ActionInput<Actions, 'sessionCode'>, ctx: HandlerContext) {
  const course = await loadManagedCourse(ctx, input.courseId);
  const session = course.sessions.find((s) => s.sessionId === input.sessionId);
  if (!session) throw invalid({ sessionId: '没有这节课' });
  const now = ctx.clock.now();
  // The same window check-in takes (30 minutes either side): no code to hand out early.
  if (!isCheckInOpen(session, now))
    throw conflict('现在不是这节课的签到时间，上课前 30 分钟到下课后 30 分钟才能出示签到码。');
  const code = sessionCodeAt(ctx.dataKeys.hashKey, course._id, input.sessionId, now);
  return {
    code,
    validUntil: codeValidUntil(now),
    qrText: JSON.stringify({ courseId: course._id, sessionId: input.sessionId, code }),
  };
}
