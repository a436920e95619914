import { Text, View } from '@tarojs/components';
import { COURSE_CATEGORY_LABEL } from '@shared/training/training-labels';
import { ErrorState, LoadingState } from '../../components/page-state/page-state';
import { SIGNUP_STATE_LABEL, seatsText, signupState } from './course-card/signup-badge';
import { EnrollPanel } from './enroll-panel';
import { formatDateTime, formatSignupWindow } from './format-time';
import { useCourse } from './use-course';

/** 课程详情: schedule, place, requirements, who may sign up, seats and waitlist, and 报名. */
export function CourseDetail({ courseId }: { courseId: string }) {
  const course = useCourse(courseId);
  if (course.state === 'loading') return <LoadingState />;
  if (course.state === 'error')
    return (
      <ErrorState message={course.error.message} code={course.error.code} onRetry={course.reload} />
    );
  const c = course.data;
  const state = signupState(c);
  return (
    <View data-testid="course-detail" data-course-id={c.courseId}>
      <View className="psv-card">
        <View className="psv-subtitle">{c.title}</View>
        <View className="psv-course-card__badges">
          <Text className="psv-badge">{COURSE_CATEGORY_LABEL[c.category]}</Text>
          <Text className={`psv-badge psv-badge--${state === 'open' ? 'sent' : 'failed'}`}>
            {SIGNUP_STATE_LABEL[state]}
          </Text>
        </View>
        <View>上课地点：{[c.townName, c.location].filter(Boolean).join(' · ')}</View>
        <View>报名时间：{formatSignupWindow(c.signupOpensAt, c.signupClosesAt)}</View>
        <View className="psv-course-card__seats" data-testid="detail-seats">
          {seatsText(c)}（共 {c.capacity} 人，已报上 {c.confirmed} 人）
        </View>
        {c.description && <View className="psv-text-secondary">{c.description}</View>}
      </View>
      <EnrollPanel course={c} onEnrolled={course.refresh} />
      <View className="psv-card" data-testid="course-eligibility">
        <View className="psv-subtitle">谁可以报名</View>
        <View>
          年龄 {c.minAge}–{c.maxAge} 周岁
          {c.residentOnly ? '，限本市村民' : '，不限户籍'}
        </View>
        {c.requirements && <View>要求：{c.requirements}</View>}
        <View className="psv-text-secondary">
          签到满 {c.attendanceToComplete} 次可以结业，领取培训证书。开课前 {c.cancelHoursBefore}{' '}
          小时以前可以取消报名。
        </View>
      </View>
      <View className="psv-card" data-testid="course-sessions">
        <View className="psv-subtitle">上课安排（共 {c.sessions.length} 次）</View>
        {c.sessions.map((s, i) => (
          <View key={s.sessionId} className="psv-field">
            <View>
              第 {i + 1} 次：{s.topic}
            </View>
            <View className="psv-text-secondary">
              {formatDateTime(s.startsAt)} – {formatDateTime(s.endsAt).split(' ')[1]}
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
