import { ENROLLMENT_STATUS_LABEL, type EnrollmentStatus } from '@shared/training/training-labels';

/** 已报上 / 候补第 N 位 / 已取消 / 已签到 / 已结业, as a villager reads it. */
export function enrollmentStatusText(
  status: EnrollmentStatus,
  waitlistPosition: number | null,
): string {
  if (status === 'waitlisted' && waitlistPosition !== null && waitlistPosition > 0) {
    return `候补第 ${waitlistPosition} 位`;
  }
  return ENROLLMENT_STATUS_LABEL[status];
}

/** Badge tone per status, matching the theme's psv-badge modifiers. */
export function enrollmentStatusTone(status: EnrollmentStatus): 'sent' | 'pending' | 'failed' {
  if (status === 'waitlisted') return 'pending';
  if (status === 'cancelled') return 'failed';
  return 'sent';
}
