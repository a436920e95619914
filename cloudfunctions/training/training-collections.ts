import type { CourseCategory, EnrollmentStatus } from '../../shared/src/training/training-labels';
import { defineCollection } from '../platform/ports/store';

export interface CourseSession {
  sessionId: string;
  topic: string;
  startsAt: string;
  endsAt: string;
}

export interface CourseDoc {
  title: string;
  category: CourseCategory;
  townId: string | null;
  location: string;
  description: string;
  requirements: string;
  sessions: CourseSession[];
  firstSessionStartsAt: string;
  capacity: number;
  /** Seats taken (confirmed, attended or completed). Changed only inside transactions. */
  confirmed: number;
  waitlisted: number;
  /** Kept equal to capacity − confirmed so "has seats left" is an indexed filter. */
  seatsLeft: number;
  /** Last waitlist ticket handed out; tickets are first come, first served. */
  waitSeq: number;
  signupOpensAt: string;
  signupClosesAt: string;
  minAge: number;
  maxAge: number;
  residentOnly: boolean;
  attendanceToComplete: number;
  cancelHoursBefore: number;
  status: 'draft' | 'published' | 'closed';
  trainerId: string | null;
  demo: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface EnrollmentDoc {
  courseId: string;
  userId: string;
  villageId: string | null;
  townId: string | null;
  status: EnrollmentStatus;
  /** Waitlist ticket while waitlisted, else null. */
  waitSeq: number | null;
  checkIns: string[];
  certificateSerial: string | null;
  enrolledAt: string;
  cancelledAt: string | null;
  promotedAt: string | null;
  completedAt: string | null;
}

export interface CertificateDoc {
  enrollmentId: string;
  courseId: string;
  userId: string;
  name: string | null;
  courseTitle: string;
  issuedAt: string;
}

export interface CounterDoc {
  value: number;
}

export interface EmploymentDoc {
  enrollmentId: string;
  userId: string;
  villageId: string | null;
  townId: string | null;
  courseId: string;
  category: CourseCategory;
  employer: string;
  jobType: string;
  monthlyIncome: number;
  startedOn: string;
  recordedBy: string;
  createdAt: string;
}

export const coursesCollection = defineCollection<CourseDoc>('courses', [
  { fields: ['status', 'category', 'firstSessionStartsAt'] },
  { fields: ['status', 'townId', 'firstSessionStartsAt'] },
  { fields: ['status', 'firstSessionStartsAt'] },
]);
export const enrollmentsCollection = defineCollection<EnrollmentDoc>('enrollments', [
  { fields: ['courseId', 'status', 'waitSeq'] },
  { fields: ['courseId', 'enrolledAt'] },
  { fields: ['userId', 'enrolledAt'] },
]);
export const certificatesCollection = defineCollection<CertificateDoc>('certificates');
export const countersCollection = defineCollection<CounterDoc>('counters');
export const employmentsCollection = defineCollection<EmploymentDoc>('employments', [
  { fields: ['villageId'] },
  { fields: ['townId'] },
]);

export const TRAINING_COLLECTIONS = [
  coursesCollection,
  enrollmentsCollection,
  certificatesCollection,
  countersCollection,
  employmentsCollection,
] as const;

export function enrollmentIdFor(courseId: string, userId: string): string {
  return `${courseId}:${userId}`;
}
