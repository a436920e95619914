import { z } from 'zod';
import { PUBLIC_ACCESS } from '../auth/access-presets';
import { action, defineFunction } from '../contract/define-function';
import { OrgUnitId } from '../org/org-units';
import { PageInput, textField } from '../validation/common-fields';
import { compareInstants, Instant } from '../validation/instant';
import { SERIAL_PATTERN } from './certificate-serial';
import { INCOME_BANDS } from './income-band';
import { COURSE_CATEGORIES, ENROLLMENT_STATUSES } from './training-labels';

export const CourseCategory = z.enum(COURSE_CATEGORIES);
export const EnrollmentStatus = z.enum(ENROLLMENT_STATUSES);
const IsoDateTime = Instant;
const Id = z.string().min(1).max(80);

export const SessionInput = z
  .object({
    sessionId: z.string().regex(/^[a-z0-9-]{1,20}$/, '课次编号只能用小写字母、数字和横线'),
    topic: textField(40),
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
  })
  .strict()
  .refine((s) => compareInstants(s.endsAt, s.startsAt) > 0, {
    path: ['endsAt'],
    message: '结束时间要晚于开始时间',
  });

export const UpsertCourseInput = z
  .object({
    courseId: Id.optional(),
    expectedVersion: z.number().int().min(1).optional(),
    title: textField(40, 2),
    category: CourseCategory,
    townId: OrgUnitId.nullable(),
    location: textField(80, 2),
    description: textField(1000, 0),
    requirements: textField(300, 0),
    sessions: z.array(SessionInput).min(1, '至少要有一次课').max(60),
    capacity: z.number().int().min(1).max(1000),
    signupOpensAt: IsoDateTime,
    signupClosesAt: IsoDateTime,
    minAge: z.number().int().min(14).max(80).default(16),
    maxAge: z.number().int().min(14).max(100).default(60),
    residentOnly: z.boolean().default(true),
    attendanceToComplete: z.number().int().min(1).max(60),
    cancelHoursBefore: z.number().int().min(0).max(720).default(24),
    status: z.enum(['draft', 'published', 'closed']).default('published'),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (compareInstants(c.signupClosesAt, c.signupOpensAt) <= 0)
      ctx.addIssue({ code: 'custom', path: ['signupClosesAt'], message: '报名截止要晚于报名开始' });
    if (c.maxAge < c.minAge)
      ctx.addIssue({ code: 'custom', path: ['maxAge'], message: '最大年龄不能小于最小年龄' });
    if (c.attendanceToComplete > c.sessions.length)
      ctx.addIssue({
        code: 'custom',
        path: ['attendanceToComplete'],
        message: '结业所需签到次数不能多于课次',
      });
    const ids = new Set(c.sessions.map((s) => s.sessionId));
    if (ids.size !== c.sessions.length)
      ctx.addIssue({ code: 'custom', path: ['sessions'], message: '课次编号重复了' });
  });

export const CourseView = z.object({
  courseId: z.string(),
  version: z.number().int(),
  title: z.string(),
  category: CourseCategory,
  townId: z.string().nullable(),
  townName: z.string().nullable(),
  location: z.string(),
  description: z.string(),
  requirements: z.string(),
  sessions: z.array(
    z.object({
      sessionId: z.string(),
      topic: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
    }),
  ),
  capacity: z.number().int(),
  confirmed: z.number().int(),
  waitlisted: z.number().int(),
  seatsLeft: z.number().int(),
  signupOpensAt: z.string(),
  signupClosesAt: z.string(),
  openForSignup: z.boolean(),
  minAge: z.number().int(),
  maxAge: z.number().int(),
  residentOnly: z.boolean(),
  attendanceToComplete: z.number().int(),
  cancelHoursBefore: z.number().int(),
  status: z.enum(['draft', 'published', 'closed']),
  demo: z.boolean(),
});

export const EnrollmentView = z.object({
  enrollmentId: z.string(),
  courseId: z.string(),
  courseTitle: z.string(),
  category: CourseCategory,
  status: EnrollmentStatus,
  /** 1-based place on the waitlist while waitlisted. */
  waitlistPosition: z.number().int().nullable(),
  checkIns: z.array(z.string()),
  certificateSerial: z.string().nullable(),
  enrolledAt: z.string(),
  firstSessionStartsAt: z.string(),
  mayCancel: z.boolean(),
});

export const RosterEntry = z.object({
  enrollmentId: z.string(),
  name: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  villageName: z.string().nullable(),
  status: EnrollmentStatus,
  waitlistPosition: z.number().int().nullable(),
  checkIns: z.number().int(),
  certificateSerial: z.string().nullable(),
});

export const trainingContract = defineFunction('training', {
  listCourses: action({
    summary: '培训课程列表',
    input: z
      .object({
        category: CourseCategory.optional(),
        townId: OrgUnitId.optional(),
        openForSignup: z.boolean().optional(),
        hasSeatsLeft: z.boolean().optional(),
        ...PageInput,
      })
      .strict(),
    output: z.object({ items: z.array(CourseView), nextCursor: z.string().nullable() }),
    access: PUBLIC_ACCESS,
    mutating: false,
  }),
  getCourse: action({
    summary: '课程详情',
    input: z.object({ courseId: Id }).strict(),
    output: CourseView,
    access: PUBLIC_ACCESS,
    mutating: false,
  }),
  upsertCourse: action({
    summary: '新建或修改课程',
    input: UpsertCourseInput,
    output: CourseView,
    access: { admin: 'city', trainer: 'city' },
    mutating: true,
  }),
  enroll: action({
    summary: '报名',
    input: z.object({ courseId: Id }).strict(),
    output: EnrollmentView,
    access: { villager: 'own' },
    mutating: true,
  }),
  cancel: action({
    summary: '取消报名',
    input: z.object({ courseId: Id }).strict(),
    output: EnrollmentView,
    access: { villager: 'own' },
    mutating: true,
  }),
  myEnrollments: action({
    summary: '我的报名',
    input: z.object({ ...PageInput }).strict(),
    output: z.object({ items: z.array(EnrollmentView), nextCursor: z.string().nullable() }),
    access: { villager: 'own' },
    mutating: false,
  }),
  roster: action({
    summary: '学员名单',
    input: z.object({ courseId: Id, status: EnrollmentStatus.optional(), ...PageInput }).strict(),
    output: z.object({ items: z.array(RosterEntry), nextCursor: z.string().nullable() }),
    access: {
      trainer: 'city',
      admin: 'city',
      city_approver: 'city',
      town_reviewer: 'town',
      village_cadre: 'village',
    },
    mutating: false,
  }),
  traineePhone: action({
    summary: '学员完整手机号（拨打用，留痕）',
    input: z.object({ courseId: Id, enrollmentId: Id }).strict(),
    output: z.object({ phone: z.string() }),
    access: { trainer: 'city', admin: 'city' },
    mutating: false,
  }),
  sessionCode: action({
    summary: '本节课签到码（培训老师）',
    input: z.object({ courseId: Id, sessionId: z.string().max(20) }).strict(),
    output: z.object({ code: z.string(), validUntil: z.string(), qrText: z.string() }),
    access: { trainer: 'city', admin: 'city' },
    mutating: false,
  }),
  checkIn: action({
    summary: '签到',
    input: z
      .object({
        courseId: Id,
        sessionId: z.string().max(20),
        code: z.string().regex(/^\d{6}$/, '签到码是 6 位数字'),
      })
      .strict(),
    output: EnrollmentView,
    access: { villager: 'own' },
    mutating: true,
  }),
  complete: action({
    summary: '确认结业并发证',
    input: z.object({ enrollmentId: Id }).strict(),
    output: RosterEntry,
    access: { trainer: 'city', admin: 'city' },
    mutating: true,
  }),
  verifyCertificate: action({
    summary: '查验培训证书',
    input: z
      .object({
        serial: z
          .string()
          .trim()
          .toUpperCase()
          .pipe(z.string().regex(SERIAL_PATTERN, '证书编号格式不对')),
      })
      .strict(),
    output: z.object({
      serial: z.string(),
      valid: z.boolean(),
      nameMasked: z.string().nullable(),
      courseTitle: z.string().nullable(),
      issuedAt: z.string().nullable(),
    }),
    access: PUBLIC_ACCESS,
    mutating: false,
  }),
  recordEmployment: action({
    summary: '登记培训后就业',
    input: z
      .object({
        enrollmentId: Id,
        employer: textField(60, 2),
        jobType: textField(30, 2),
        monthlyIncome: z.number().int().min(0).max(1_000_000),
        startedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2026-01-31'),
      })
      .strict(),
    output: z.object({ employmentId: z.string() }),
    access: { villager: 'own', village_cadre: 'village', admin: 'city' },
    mutating: true,
  }),
  employmentStats: action({
    summary: '劳务输出统计',
    input: z.object({}).strict(),
    output: z.object({
      placed: z.number().int(),
      averageMonthlyIncome: z.number(),
      averageYearlyEarnings: z.number(),
      byCategory: z.array(z.object({ category: CourseCategory, placed: z.number().int() })),
      /** Villages with at least one placed trainee, most placed first. */
      byVillage: z.array(
        z.object({
          villageId: z.string().nullable(),
          villageName: z.string().nullable(),
          placed: z.number().int(),
        }),
      ),
      /** Where they went: employer and the kinds of job, most placed first (at most 50). */
      byEmployer: z.array(
        z.object({
          employer: z.string(),
          jobTypes: z.array(z.string()),
          placed: z.number().int(),
        }),
      ),
      /** Jobs recorded per monthly income band. */
      byIncomeBand: z.array(z.object({ band: z.enum(INCOME_BANDS), jobs: z.number().int() })),
    }),
    access: {
      village_cadre: 'village',
      town_reviewer: 'town',
      city_approver: 'city',
      admin: 'city',
    },
    mutating: false,
  }),
});
