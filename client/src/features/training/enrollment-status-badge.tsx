import { Text } from '@tarojs/components';
import type { EnrollmentStatus } from '@shared/training/training-labels';
import { enrollmentStatusText, enrollmentStatusTone } from './enrollment-status-text';

/** The status of one enrollment as a small badge: 已报上, 候补第 2 位, 已结业 … */
export function EnrollmentStatusBadge({
  status,
  waitlistPosition,
}: {
  status: EnrollmentStatus;
  waitlistPosition: number | null;
}) {
  return (
    <Text
      className={`psv-badge psv-badge--${enrollmentStatusTone(status)}`}
      data-testid="enrollment-status"
      data-status={status}
    >
      {enrollmentStatusText(status, waitlistPosition)}
    </Text>
  );
}
