import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { COURSE_CATEGORY_LABEL } from '@shared/training/training-labels';
import { EnrollmentStatusBadge } from './enrollment-status-badge';
import { formatDateTime } from './format-time';
import type { EnrollmentView } from './training-api';
import { certificatePath, checkInPath, courseDetailPath, recordJobPath } from './training-paths';
import { useEnrollmentIntent } from './use-enrollment-intent';

/** One of 我的报名: status, and what can be done now (取消, 签到, 看证书). */
export function EnrollmentRow({
  enrollment: e,
  onChanged,
}: {
  enrollment: EnrollmentView;
  onChanged: () => void;
}) {
  const cancel = useEnrollmentIntent('cancel', e.courseId, e.courseTitle);
  const done = cancel.status.state === 'done';
  useEffect(() => {
    if (done) onChanged();
  }, [done, onChanged]);
  const canCheckIn = e.status === 'confirmed' || e.status === 'attended';
  return (
    <View
      className="psv-card"
      data-testid="enrollment-row"
      data-course-id={e.courseId}
      data-status={e.status}
    >
      <View className="psv-row">
        <Text
          className="psv-subtitle"
          onClick={() => void Taro.navigateTo({ url: courseDetailPath(e.courseId) })}
        >
          {e.courseTitle}
        </Text>
        <EnrollmentStatusBadge status={e.status} waitlistPosition={e.waitlistPosition} />
      </View>
      <View className="psv-text-secondary">
        {COURSE_CATEGORY_LABEL[e.category]} · {formatDateTime(e.firstSessionStartsAt)} 开课 · 已签到{' '}
        {e.checkIns.length} 次
      </View>
      {canCheckIn && (
        <View
          className="psv-button psv-button--primary"
          data-testid="check-in-open"
          onClick={() => void Taro.navigateTo({ url: checkInPath(e.courseId) })}
        >
          <Text>上课签到</Text>
        </View>
      )}
      {e.certificateSerial && (
        <View
          className="psv-button psv-button--primary"
          data-testid="certificate-open"
          onClick={() =>
            e.certificateSerial &&
            void Taro.navigateTo({ url: certificatePath(e.certificateSerial) })
          }
        >
          <Text>查看结业证书</Text>
        </View>
      )}
      {e.status === 'completed' && (
        <View
          className="psv-button"
          data-testid="record-job-open"
          onClick={() =>
            void Taro.navigateTo({ url: recordJobPath(e.enrollmentId, e.courseTitle) })
          }
        >
          <Text>找到工作了？登记就业</Text>
        </View>
      )}
      {e.mayCancel && (
        <View
          className="psv-button"
          data-testid="cancel-enrollment"
          onClick={() => {
            void Taro.showModal({
              title: '取消报名',
              content: `确定不参加“${e.courseTitle}”了吗？名额会让给排队的人。`,
            }).then((answer) => {
              if (answer.confirm) cancel.submit();
            });
          }}
        >
          <Text>{cancel.status.state === 'sending' ? '正在取消…' : '取消报名'}</Text>
        </View>
      )}
      {cancel.status.state === 'refused' && (
        <View className="psv-field__error" role="alert">
          {cancel.status.message}
        </View>
      )}
    </View>
  );
}
