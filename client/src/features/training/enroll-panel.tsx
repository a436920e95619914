import { useEffect, useRef } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { SIGNUP_REFUSAL_MESSAGE } from '../../../../shared/src/training/enrollment-rules';
import { SignInPrompt } from '../../components/sign-in-prompt/sign-in-prompt';
import { CompleteProfileLink } from '../profile/complete-profile-link';
import { useMyRole } from '../session/use-my-role';
import { useSession } from '../session/use-session';
import { EnrollmentStatusBadge } from './enrollment-status-badge';
import { MY_ENROLLMENTS_PATH } from './training-paths';
import type { CourseView } from './training-api';
import { useEnroll } from './use-enrollment-intent';

/** Refusals that 完善资料 fixes (no ID number for the age check, no home village). */
const PROFILE_FIXES: readonly string[] = [
  SIGNUP_REFUSAL_MESSAGE.age_unknown,
  SIGNUP_REFUSAL_MESSAGE.not_resident,
];

/** 报名 button and its answer: 已报上 / 候补第 N 位, or the server's reason as it said it. */
export function EnrollPanel({
  course,
  onEnrolled,
}: {
  course: CourseView;
  onEnrolled: () => void;
}) {
  const { signedIn } = useSession();
  const role = useMyRole();
  const enroll = useEnroll(course.courseId, course.title);
  const status = enroll.status;
  const reported = useRef<string | null>(null);
  useEffect(() => {
    if (status.state === 'done' && reported.current !== status.enrollment.enrollmentId) {
      reported.current = status.enrollment.enrollmentId;
      onEnrolled();
    }
  }, [status, onEnrolled]);

  if (!signedIn) {
    return <SignInPrompt reason="报名前请先登录。" testId="enroll-panel" />;
  }
  if (role !== null && role !== 'villager') {
    return (
      <View className="psv-card psv-text-secondary" data-testid="enroll-panel">
        报名由村民本人在手机上办理。您登录的是工作人员身份。
      </View>
    );
  }
  return (
    <View className="psv-card" data-testid="enroll-panel" data-state={status.state}>
      {status.state === 'done' ? (
        <View data-testid="enroll-result">
          <View className="psv-row">
            <Text className="psv-subtitle">
              {status.enrollment.status === 'waitlisted' ? '已排上候补' : '报名成功'}
            </Text>
            <EnrollmentStatusBadge
              status={status.enrollment.status}
              waitlistPosition={status.enrollment.waitlistPosition}
            />
          </View>
          {status.enrollment.status === 'waitlisted' && (
            <View className="psv-text-secondary">
              有人取消时，按排队先后自动补上，会在“我的报名”里显示。
            </View>
          )}
          <View
            className="psv-button"
            data-testid="open-my-enrollments"
            onClick={() => void Taro.navigateTo({ url: MY_ENROLLMENTS_PATH })}
          >
            <Text>查看我的报名</Text>
          </View>
        </View>
      ) : (
        <View>
          {!course.openForSignup && (
            <View className="psv-text-secondary">现在不在报名时间内。</View>
          )}
          <View
            className="psv-button psv-button--primary"
            data-testid="enroll-submit"
            onClick={() => void enroll.submit()}
          >
            <Text>
              {status.state === 'sending'
                ? '正在报名…'
                : course.seatsLeft > 0
                  ? '我要报名'
                  : '名额已满，报名候补'}
            </Text>
          </View>
          {status.state === 'sending' && status.waitingForNetwork && (
            <View className="psv-text-secondary" role="status">
              {status.message ?? '网络不好，'}报名已保存在手机上，会自动再试，不会重复报名。
            </View>
          )}
          {status.state === 'refused' && (
            <View className="psv-field__error" role="alert" data-testid="enroll-refusal">
              {status.message}
            </View>
          )}
          {status.state === 'refused' && PROFILE_FIXES.includes(status.message) && (
            <CompleteProfileLink label="去完善资料，再来报名" />
          )}
        </View>
      )}
    </View>
  );
}
