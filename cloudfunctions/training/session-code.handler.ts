import type { ActionInput } from '../../shared/src/contract/define-function';
import type { trainingContract } from '../../shared/src/training/training-contract';
import { invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { loadManagedCourse } from './course-staff';
import { codeValidUntil, sessionCodeAt } from './session-code';

type Actions = typeof trainingContract.actions;

export async function sessionCode(input: ActionInput<Actions, 'sessionCode'>, ctx: HandlerContext) {
  const course = await loadManagedCourse(ctx, input.courseId);
  if (!course.sessions.some((s) => s.sessionId === input.sessionId))
    throw invalid({ sessionId: '没有这节课' });
  const now = ctx.clock.now();
  const code = sessionCodeAt(ctx.dataKeys.hashKey, course._id, input.sessionId, now);
  return {
    code,
    validUntil: codeValidUntil(now),
    qrText: JSON.stringify({ courseId: course._id, sessionId: input.sessionId, code }),
  };
}
