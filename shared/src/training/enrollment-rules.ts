import { compareInstants } from '../validation/instant';
import type { EnrollmentStatus } from './training-labels';

/**
 * Pure rules of sign-up, shared by both store adapters' code paths and the client. Times are ISO
 * strings compared as instants (any offset); ages are whole years.
 */
export interface CourseRules {
  status: 'draft' | 'published' | 'closed';
  capacity: number;
  confirmed: number;
  signupOpensAt: string;
  signupClosesAt: string;
  firstSessionStartsAt: string;
  minAge: number;
  maxAge: number;
  residentOnly: boolean;
  cancelHoursBefore: number;
}

export type SignupRefusal =
  | 'not_published'
  | 'not_open_yet'
  | 'closed'
  | 'too_young'
  | 'too_old'
  | 'age_unknown'
  | 'not_resident';

export const SIGNUP_REFUSAL_MESSAGE: Record<SignupRefusal, string> = {
  not_published: '这个课程还没有开放报名。',
  not_open_yet: '报名还没开始，请到报名开始时间再来。',
  closed: '报名已经截止了。',
  too_young: '这个课程要求年龄在规定范围内，您的年龄还不够。',
  too_old: '这个课程有年龄上限，您的年龄超过了要求。',
  age_unknown: '报名需要先在“我的资料”里填写身份证号，用来核对年龄。',
  not_resident: '这个课程只面向本市村民，请先在“我的资料”里选择您所在的村。',
};

export interface Applicant {
  age: number | null;
  /** Has a village in the city's register. */
  resident: boolean;
}

/** Why this person cannot sign up now, or null when they can. */
export function signupRefusal(
  course: CourseRules,
  applicant: Applicant,
  now: string,
): SignupRefusal | null {
  if (course.status !== 'published') return 'not_published';
  if (compareInstants(now, course.signupOpensAt) < 0) return 'not_open_yet';
  if (compareInstants(now, course.signupClosesAt) > 0) return 'closed';
  if (course.residentOnly && !applicant.resident) return 'not_resident';
  if (applicant.age === null) return 'age_unknown';
  if (applicant.age < course.minAge) return 'too_young';
  if (applicant.age > course.maxAge) return 'too_old';
  return null;
}

/** A new sign-up takes a seat while seats are left, else joins the waitlist. */
export function placeFor(
  course: Pick<CourseRules, 'capacity' | 'confirmed'>,
): 'confirmed' | 'waitlisted' {
  return course.confirmed < course.capacity ? 'confirmed' : 'waitlisted';
}

/** Cancelling is allowed until `cancelHoursBefore` hours before the first session. */
export function mayCancel(
  course: Pick<CourseRules, 'firstSessionStartsAt' | 'cancelHoursBefore'>,
  status: EnrollmentStatus,
  now: string,
): boolean {
  if (status !== 'confirmed' && status !== 'waitlisted') return false;
  const deadline = Date.parse(course.firstSessionStartsAt) - course.cancelHoursBefore * 3_600_000;
  return Date.parse(now) <= deadline;
}

export function seatsLeft(course: Pick<CourseRules, 'capacity' | 'confirmed'>): number {
  return Math.max(0, course.capacity - course.confirmed);
}

/** Completion needs at least this many distinct sessions checked in. */
export function mayComplete(
  checkIns: number,
  attendanceToComplete: number,
  status: EnrollmentStatus,
): boolean {
  return (status === 'attended' || status === 'confirmed') && checkIns >= attendanceToComplete;
}
