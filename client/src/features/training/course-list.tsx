import Taro, { useReachBottom } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { LastSeenLine } from '../offline/last-seen-line/last-seen-line';
import { CourseCard } from './course-card/course-card';
import { CourseFilters } from './course-filters';
import { courseDetailPath } from './training-paths';
import { useCourseList } from './use-course-list';

/** The course list: filters, cards, and 加载更多 while the server has more. */
export function CourseList() {
  const { filter, setFilter, list } = useCourseList();
  // Scrolling to the bottom loads the next page too (the button stays for big fingers).
  useReachBottom(() => list.loadMore());
  const open = (courseId: string) => void Taro.navigateTo({ url: courseDetailPath(courseId) });
  return (
    <View>
      <CourseFilters filter={filter} onChange={setFilter} />
      <View data-testid="course-list" data-state={list.state}>
        <LastSeenLine savedAt={list.lastSeenAt} />
        {list.state === 'loading' && <LoadingState text="正在查找课程…" />}
        {list.state === 'error' && list.error && (
          <ErrorState message={list.error.message} onRetry={list.reload} />
        )}
        {list.state === 'ready' && list.items.length === 0 && (
          <EmptyState
            title="暂时没有这样的课程"
            hint={filter.onlyOpen ? '可以关掉“只看正在报名的”，看看以后开班的课程。' : undefined}
          />
        )}
        {list.items.map((course) => (
          <CourseCard key={course.courseId} course={course} onOpen={open} />
        ))}
        {list.moreError && <View className="psv-field__error">{list.moreError.message}</View>}
        {list.state === 'ready' && list.hasMore && (
          <View className="psv-button" data-testid="load-more" onClick={list.loadMore}>
            <Text>{list.loadingMore ? '正在加载…' : '加载更多'}</Text>
          </View>
        )}
      </View>
    </View>
  );
}
