import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { EnrollmentStatusBadge } from './enrollment-status-badge';
import type { RosterEntry } from './training-api';
import { recordJobPath } from './training-paths';
import { useComplete } from './use-complete';
import { useTraineePhone } from './use-trainee-phone';

/**
 * One trainee on the roster, with 确认结业 while they may finish: disabled, with the reason, until
 * they have checked in often enough (the server refuses earlier).
 */
export function RosterRow({
  entry,
  courseId,
  courseTitle,
  attendanceToComplete,
  mayRecordJob = false,
}: {
  entry: RosterEntry;
  courseId: string;
  courseTitle: string;
  attendanceToComplete: number;
  /** 登记就业 for a trainee who finished (admins; the contract leaves trainers out). */
  mayRecordJob?: boolean;
}) {
  const { status, complete } = useComplete(entry.enrollmentId);
  const phone = useTraineePhone(courseId, entry.enrollmentId);
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
      <View className="psv-row">
        <Text className="psv-text-secondary" data-testid="roster-phone">
          {phone.status.state === 'shown' ? phone.status.phone : (shown.phoneMasked ?? '无手机号')}
        </Text>
        {shown.phoneMasked && (
          <View className="psv-choice" data-testid="roster-call" onClick={() => void phone.call()}>
            <Text>{phone.status.state === 'loading' ? '正在查号…' : '拨打'}</Text>
          </View>
        )}
      </View>
      {phone.status.state === 'error' && (
        <View className="psv-field__error" role="alert">
          {phone.status.message}
        </View>
      )}
      <View className="psv-text-secondary">
        已签到 {shown.checkIns} 次
        {shown.certificateSerial ? ` · 证书 ${shown.certificateSerial}` : ''}
      </View>
      {mayRecordJob && shown.status === 'completed' && (
        <View
          className="psv-button"
          data-testid="record-job-open"
          onClick={() =>
            void Taro.navigateTo({ url: recordJobPath(shown.enrollmentId, courseTitle) })
          }
        >
          <Text>登记就业</Text>
        </View>
      )}
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
