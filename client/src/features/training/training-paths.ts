/** Pages of the training subpackage (app.config.ts lists them). */
const ROOT = '/packages/training/pages';

export const COURSE_LIST_PATH = `${ROOT}/index/index`;
export const MY_ENROLLMENTS_PATH = `${ROOT}/mine/index`;
export const VERIFY_CERTIFICATE_PATH = `${ROOT}/verify/index`;
export const TRAINER_PATH = `${ROOT}/trainer/index`;
export const NEW_COURSE_PATH = `${ROOT}/course-edit/index`;
export const EMPLOYMENT_STATS_PATH = `${ROOT}/employment-stats/index`;

export function editCoursePath(courseId: string): string {
  return `${NEW_COURSE_PATH}?id=${encodeURIComponent(courseId)}`;
}

export function recordJobPath(enrollmentId: string, courseTitle: string): string {
  return `${ROOT}/job/index?enrollmentId=${encodeURIComponent(enrollmentId)}&title=${encodeURIComponent(courseTitle)}`;
}

export function courseDetailPath(courseId: string): string {
  return `${ROOT}/course/index?id=${encodeURIComponent(courseId)}`;
}

export function checkInPath(courseId: string): string {
  return `${ROOT}/check-in/index?courseId=${encodeURIComponent(courseId)}`;
}

export function certificatePath(serial: string): string {
  return `${ROOT}/certificate/index?serial=${encodeURIComponent(serial)}`;
}

export function rosterPath(courseId: string): string {
  return `${ROOT}/roster/index?id=${encodeURIComponent(courseId)}`;
}

export function sessionCodePath(courseId: string, sessionId: string): string {
  return `${ROOT}/session-code/index?courseId=${encodeURIComponent(courseId)}&sessionId=${encodeURIComponent(sessionId)}`;
}
