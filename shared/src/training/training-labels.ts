/** Training vocabulary without zod (the client imports it too). */
export const COURSE_CATEGORIES = ['excavator', 'welding', 'pastry', 'sewing', 'other'] as const;
export type CourseCategory = (typeof COURSE_CATEGORIES)[number];

export const COURSE_CATEGORY_LABEL: Record<CourseCategory, string> = {
  excavator: '挖掘机操作',
  welding: '电焊',
  pastry: '面点制作',
  sewing: '缝纫',
  other: '其他技能',
};

export const ENROLLMENT_STATUSES = [
  'confirmed',
  'waitlisted',
  'cancelled',
  'attended',
  'completed',
] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

export const ENROLLMENT_STATUS_LABEL: Record<EnrollmentStatus, string> = {
  confirmed: '已报上',
  waitlisted: '候补中',
  cancelled: '已取消',
  attended: '已签到',
  completed: '已结业',
};

/** Statuses that hold a place (a seat or a waitlist position) in a course. */
export const ACTIVE_STATUSES: readonly EnrollmentStatus[] = [
  'confirmed',
  'waitlisted',
  'attended',
  'completed',
];
