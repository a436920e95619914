import { compareInstants } from '../../shared/src/validation/instant';
import { mayCancel, seatsLeft } from '../../shared/src/training/enrollment-rules';
import type { Doc, Store } from '../platform/ports/store';
import { orgUnitNames } from '../platform/runtime/org-unit-names';
import type { CourseDoc, EnrollmentDoc } from './training-collections';
import { enrollmentsCollection } from './training-collections';

export function isOpenForSignup(c: CourseDoc, now: string): boolean {
  return (
    c.status === 'published' &&
    compareInstants(c.signupOpensAt, now) <= 0 &&
    compareInstants(now, c.signupClosesAt) <= 0
  );
}

export async function toCourseView(store: Store, c: Doc<CourseDoc>, now: string) {
  const names = await orgUnitNames(store, c.townId ? [c.townId] : []);
  return courseView(c, now, c.townId ? (names.get(c.townId) ?? null) : null);
}

/** A page of courses: their towns' names in one read (`$in`), not one per course. */
export async function toCourseViews(
  store: Store,
  courses: ReadonlyArray<Doc<CourseDoc>>,
  now: string,
) {
  const names = await orgUnitNames(
    store,
    courses.flatMap((c) => (c.townId ? [c.townId] : [])),
  );
  return courses.map((c) => courseView(c, now, c.townId ? (names.get(c.townId) ?? null) : null));
}

function courseView(c: Doc<CourseDoc>, now: string, townName: string | null) {
  return {
    courseId: c._id,
    version: c._version,
    title: c.title,
    category: c.category,
    townId: c.townId,
    townName,
    location: c.location,
    description: c.description,
    requirements: c.requirements,
    sessions: c.sessions,
    capacity: c.capacity,
    confirmed: c.confirmed,
    waitlisted: c.waitlisted,
    seatsLeft: seatsLeft(c),
    signupOpensAt: c.signupOpensAt,
    signupClosesAt: c.signupClosesAt,
    openForSignup: isOpenForSignup(c, now),
    minAge: c.minAge,
    maxAge: c.maxAge,
    residentOnly: c.residentOnly,
    attendanceToComplete: c.attendanceToComplete,
    cancelHoursBefore: c.cancelHoursBefore,
    status: c.status,
    demo: c.demo,
  };
}

/** 1-based place in the course's waitlist (an indexed count of earlier tickets). */
export async function waitlistPosition(store: Store, e: EnrollmentDoc): Promise<number | null> {
  if (e.status !== 'waitlisted' || e.waitSeq === null) return null;
  const ahead = await store
    .collection(enrollmentsCollection)
    .count({ courseId: e.courseId, status: 'waitlisted', waitSeq: { $lt: e.waitSeq } });
  return ahead + 1;
}

export async function toEnrollmentView(
  store: Store,
  e: Doc<EnrollmentDoc>,
  course: CourseDoc,
  now: string,
) {
  return {
    enrollmentId: e._id,
    courseId: e.courseId,
    courseTitle: course.title,
    category: course.category,
    status: e.status,
    waitlistPosition: await waitlistPosition(store, e),
    checkIns: e.checkIns,
    certificateSerial: e.certificateSerial,
    enrolledAt: e.enrolledAt,
    firstSessionStartsAt: course.firstSessionStartsAt,
    mayCancel: mayCancel(course, e.status, now),
  };
}
