import { Text, View } from '@tarojs/components';
import { COURSE_CATEGORY_LABEL } from '@shared/training/training-labels';
import type { CourseView } from '../training-api';
import { formatDateTime } from '../format-time';
import { SIGNUP_STATE_LABEL, seatsText, signupState } from './signup-badge';
import './course-card.css';

export type CourseCardData = Pick<
  CourseView,
  | 'courseId'
  | 'title'
  | 'category'
  | 'townName'
  | 'location'
  | 'sessions'
  | 'capacity'
  | 'seatsLeft'
  | 'waitlisted'
  | 'openForSignup'
  | 'signupOpensAt'
>;

/** One course in the list: what, where, when it starts, whether sign-up is open, seats left. */
export function CourseCard({
  course,
  now,
  onOpen,
}: {
  course: CourseCardData;
  now?: string;
  onOpen?: (courseId: string) => void;
}) {
  const state = signupState(course, now);
  const first = course.sessions[0];
  return (
    <View
      className={`psv-course-card${state === 'open' ? '' : ' psv-course-card--closed'}`}
      data-testid="course-card"
      data-course-id={course.courseId}
      data-category={course.category}
      data-signup={state}
      onClick={() => onOpen?.(course.courseId)}
    >
      <View className="psv-course-card__title">{course.title}</View>
      <View className="psv-course-card__badges">
        <Text className="psv-badge">{COURSE_CATEGORY_LABEL[course.category]}</Text>
        <Text
          className={`psv-badge psv-badge--${state === 'open' ? 'sent' : 'failed'}`}
          data-testid="signup-badge"
        >
          {SIGNUP_STATE_LABEL[state]}
        </Text>
      </View>
      <View className="psv-text-secondary">
        {course.townName ? `${course.townName} · ` : ''}
        {course.location}
      </View>
      {first && (
        <View className="psv-text-secondary">
          {formatDateTime(first.startsAt)} 开课，共 {course.sessions.length} 次课
        </View>
      )}
      <View
        className={`psv-course-card__seats${course.seatsLeft > 0 ? '' : ' psv-course-card__seats--full'}`}
        data-testid="seats-left"
      >
        {seatsText(course)}（共 {course.capacity} 人）
      </View>
    </View>
  );
}
