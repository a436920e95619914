import { Text, View } from '@tarojs/components';
import { EnrollmentStatusBadge } from './enrollment-status-badge';
import type { RosterEntry } from './training-api';
import { useComplete } from './use-complete';

/** One trainee on the roster, with 确认结业 when they may finish. */
export function RosterRow({ entry }: { entry: RosterEntry }) {
  const { status, complete } = useComplete(entry.enrollmentId);
  const shown = status.state === 'done' ? status.entry : entry;
  const mayComplete =
    (shown.status === 'confirmed' || shown.status === 'attended') && !shown.certificateSerial;
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
          className="psv-button"
          data-testid="complete-enrollment"
          onClick={() => void complete()}
        >
          <Text>{status.state === 'sending' ? '正在确认…' : '确认结业并发证书'}</Text>
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
