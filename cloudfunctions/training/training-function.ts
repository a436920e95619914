import { trainingContract } from '../../shared/src/training/training-contract';
import { defineHandlers } from '../platform/runtime/handler-context';
import { cancel } from './cancel.handler';
import { checkIn } from './check-in.handler';
import { complete } from './complete.handler';
import { employmentStats } from './employment-stats.handler';
import { enroll } from './enroll.handler';
import { getCourse } from './get-course.handler';
import { listCourses } from './list-courses.handler';
import { myEnrollments } from './my-enrollments.handler';
import { recordEmployment } from './record-employment.handler';
import { roster } from './roster.handler';
import { sessionCode } from './session-code.handler';
import { traineePhone } from './trainee-phone.handler';
import { upsertCourse } from './upsert-course.handler';
import { verifyCertificate } from './verify-certificate.handler';

export const trainingFunction = defineHandlers(trainingContract, {
  listCourses,
  getCourse,
  upsertCourse,
  enroll,
  cancel,
  myEnrollments,
  roster,
  traineePhone,
  sessionCode,
  checkIn,
  complete,
  verifyCertificate,
  recordEmployment,
  employmentStats,
});
