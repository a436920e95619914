import type { AllFunctions } from '@shared/contract/all-functions';
import type { ActionOutput, ActionPayload } from '@shared/contract/define-function';

type TrainingActions = AllFunctions['training']['actions'];

/** Types of the training contract, read from the shared schemas (types only, no zod here). */
export type CourseView = ActionOutput<TrainingActions, 'getCourse'>;
export type CourseSession = CourseView['sessions'][number];
export type CoursePage = ActionOutput<TrainingActions, 'listCourses'>;
export type ListCoursesPayload = ActionPayload<TrainingActions, 'listCourses'>;
export type EnrollmentView = ActionOutput<TrainingActions, 'enroll'>;
export type RosterEntry = ActionOutput<TrainingActions, 'roster'>['items'][number];
export type RosterPayload = ActionPayload<TrainingActions, 'roster'>;
export type SessionCode = ActionOutput<TrainingActions, 'sessionCode'>;
export type CheckInPayload = ActionPayload<TrainingActions, 'checkIn'>;
export type CertificateCheck = ActionOutput<TrainingActions, 'verifyCertificate'>;
export type EmploymentStats = ActionOutput<TrainingActions, 'employmentStats'>;
