import { compareInstants } from '@shared/validation/instant';
import type { CourseView } from '../training-api';

export type SignupState = 'open' | 'not_yet' | 'closed';

/** Open / not yet open / closed, from the server's `openForSignup` and the window. */
export function signupState(
  course: Pick<CourseView, 'openForSignup' | 'signupOpensAt'>,
  now: string = new Date().toISOString(),
): SignupState {
  if (course.openForSignup) return 'open';
  return compareInstants(now, course.signupOpensAt) < 0 ? 'not_yet' : 'closed';
}

export const SIGNUP_STATE_LABEL: Record<SignupState, string> = {
  open: '正在报名',
  not_yet: '还没开始报名',
  closed: '报名已截止',
};

/** 还剩 3 个名额 / 名额已满，可以候补. */
export function seatsText(course: Pick<CourseView, 'seatsLeft' | 'waitlisted'>): string {
  if (course.seatsLeft > 0) return `还剩 ${course.seatsLeft} 个名额`;
  return course.waitlisted > 0
    ? `名额已满，已有 ${course.waitlisted} 人候补`
    : '名额已满，可以报名候补';
}
