import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { clientEnv } from '../../env';
import { ErrorState, LoadingState } from '../../components/page-state/page-state';
import { EnrollmentStatusBadge } from './enrollment-status-badge';
import { formatDateTime } from './format-time';
import { currentSession } from './current-session';
import { useCheckIn } from './use-check-in';
import { useCourse } from './use-course';
import './certificate.css';

/** 上课签到: scan the trainer's QR code (weapp) or type the 6-digit code (h5 and fallback). */
export function CheckInForm({ courseId }: { courseId: string }) {
  const course = useCourse(courseId);
  const checkIn = useCheckIn(courseId);
  const [picked, setPicked] = useState<string | null>(null);
  const [code, setCode] = useState('');
  if (course.state === 'loading') return <LoadingState />;
  if (course.state === 'error')
    return (
      <ErrorState message={course.error.message} code={course.error.code} onRetry={course.reload} />
    );
  const sessions = course.data.sessions;
  const sessionId = picked ?? currentSession(sessions)?.sessionId ?? '';
  const status = checkIn.status;
  return (
    <View data-testid="check-in">
      <View className="psv-card">
        <View className="psv-subtitle">{course.data.title}</View>
        <View className="psv-field__label">这节课是</View>
        <View className="psv-choice-group">
          {sessions.map((s, i) => (
            <View
              key={s.sessionId}
              className={`psv-choice${s.sessionId === sessionId ? ' psv-choice--active' : ''}`}
              data-session-id={s.sessionId}
              onClick={() => setPicked(s.sessionId)}
            >
              <Text>
                第{i + 1}次 {formatDateTime(s.startsAt)}
              </Text>
            </View>
          ))}
        </View>
      </View>
      {status.state === 'done' ? (
        <View className="psv-card" data-testid="check-in-done" role="status">
          <View className="psv-row">
            <Text className="psv-subtitle">签到成功</Text>
            <EnrollmentStatusBadge
              status={status.enrollment.status}
              waitlistPosition={status.enrollment.waitlistPosition}
            />
          </View>
          <View>已签到 {status.enrollment.checkIns.length} 次。</View>
        </View>
      ) : (
        <View className="psv-card">
          {clientEnv.platform === 'weapp' && (
            <View
              className="psv-button psv-button--primary"
              data-testid="check-in-scan"
              onClick={() => void checkIn.scan()}
            >
              <Text>扫老师屏幕上的二维码</Text>
            </View>
          )}
          <View className="psv-field">
            <Text className="psv-field__label">
              {clientEnv.platform === 'weapp' ? '扫不了码？输入 6 位签到码' : '输入 6 位签到码'}
            </Text>
            <Input
              className="psv-input psv-code-input"
              type="number"
              maxlength={6}
              value={code}
              placeholder="老师屏幕上的 6 位数字"
              onInput={(event) => setCode(event.detail.value)}
            />
          </View>
          <View
            className="psv-button psv-button--primary"
            data-testid="check-in-submit"
            onClick={() => checkIn.submitCode(sessionId, code)}
          >
            <Text>{status.state === 'sending' ? '正在签到…' : '签到'}</Text>
          </View>
          {status.state === 'error' && (
            <View className="psv-field__error" role="alert">
              {status.message}
            </View>
          )}
        </View>
      )}
    </View>
  );
}
