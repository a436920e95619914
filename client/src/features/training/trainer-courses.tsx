import { useRef } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { CourseCard } from './course-card/course-card';
import { NEW_COURSE_PATH, rosterPath } from './training-paths';
import { useCourseList } from './use-course-list';

/** 培训管理: 开课, and every course, each opening its roster. */
export function TrainerCourses() {
  const { list } = useCourseList({ category: null, onlyOpen: false });
  // Back from 开课 or 编辑课程: show the list as saved (the first show loads it anyway).
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) list.reload();
    shown.current = true;
  });
  if (list.state === 'loading') return <LoadingState />;
  if (list.state === 'error' && list.error)
    return <ErrorState message={list.error.message} code={list.error.code} onRetry={list.reload} />;
  const open = (courseId: string) => void Taro.navigateTo({ url: rosterPath(courseId) });
  return (
    <View data-testid="trainer-courses">
      <View
        className="psv-button psv-button--primary"
        data-testid="course-new"
        onClick={() => void Taro.navigateTo({ url: NEW_COURSE_PATH })}
      >
        <Text>＋ 开课（新建培训课程）</Text>
      </View>
      <View className="psv-text-secondary">
        点一门课，看学员名单、出签到码、确认结业、修改课程。
      </View>
      {list.items.length === 0 && <EmptyState title="还没有课程" />}
      {list.items.map((course) => (
        <CourseCard key={course.courseId} course={course} onOpen={open} />
      ))}
      {list.moreError && <View className="psv-field__error">{list.moreError.message}</View>}
      {list.hasMore && (
        <View className="psv-button" onClick={list.loadMore}>
          <Text>{list.loadingMore ? '正在加载…' : '加载更多'}</Text>
        </View>
      )}
    </View>
  );
}
