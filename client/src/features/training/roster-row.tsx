import { Text, View } from '@tarojs/components';
import { EnrollmentStatusBadge } from './enrollment-status-badge';
import type { RosterEntry } from './training-api';
import { useComplete } from './use-complete';

/**
 * One trainee on the roster, with 确认结业 while they may finish: disabled, with the reason, until
 * they have checked in often enough (the server refuses earlier).
 */
export function RosterRow({
  entry,
  attendanceToComplete,
}: {
  entry: RosterEntry;
  attendanceToComplete: number;
}) {
  const { status, complete } = useComplete(entry.enrollmentId);
  const shown = status.state === 'done' ? status.entry : entry;
  const mayComplete =
    (shown.status === 'confirmed' || shown.status === 'attended') && !shown.certificateSerial;
  const missing = Math.max(0, attendanceToComplete - shown.checkIns);
  return (
    <View
      className="psv-field"
      data-testid="roster-entry"
      data-status={shown.status}
      data-enrollment-id={shown.enrollmentId}
    >
      <View className="psv-row">
        <Text>
          {shown.name ?? '（未填姓名）'}
          {shown.villageName ? ` · ${shown.villageName}` : ''}
        </Text>
        <EnrollmentStatusBadge status={shown.status} waitlistPosition={shown.waitlistPosition} />
      </View>
      <View className="psv-text-secondary">
        {shown.phoneMasked ?? '无手机号'} · 已签到 {shown.checkIns} 次
        {shown.certificateSerial ? ` · 证书 ${shown.certificateSerial}` : ''}
      </View>
      {mayComplete && (
        <View
          className={`psv-button${missing > 0 ? ' psv-button--disabled' : ''}`}
          data-testid="complete-enrollment"
          aria-disabled={missing > 0 ? 'true' : 'false'}
          onClick={() => {
            if (missing === 0) void complete();
          }}
        >
          <Text>{status.state === 'sending' ? '正在确认…' : '确认结业并发证书'}</Text>
        </View>
      )}
      {mayComplete && missing > 0 && (
        <View className="psv-text-secondary" data-testid="complete-reason">
          签到 {shown.checkIns} 次，结业需要至少 {attendanceToComplete} 次，还差 {missing} 次。
        </View>
      )}
      {status.state === 'error' && (
        <View className="psv-field__error" role="alert">
          {status.message}
        </View>
      )}
    </View>
  );
}
