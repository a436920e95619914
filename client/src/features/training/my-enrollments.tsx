import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { EnrollmentRow } from './enrollment-row';
import { COURSE_LIST_PATH } from './training-paths';
import { useMyEnrollments } from './use-my-enrollments';

/** 我的报名: every course the villager signed up for, with its status. */
export function MyEnrollments() {
  const list = useMyEnrollments(true);
  // Back from 上课签到 (or a certificate): the check-in count and status are read again.
  useDidShow(() => {
    if (list.state !== 'loading') list.reload();
  });
  if (list.state === 'loading') return <LoadingState />;
  if (list.state === 'error' && list.error)
    return <ErrorState message={list.error.message} code={list.error.code} onRetry={list.reload} />;
  return (
    <View data-testid="my-enrollments">
      {list.items.length === 0 && (
        <View>
          <EmptyState title="您还没有报名培训" hint="去课程列表里挑一个感兴趣的吧。" />
          <View
            className="psv-button psv-button--primary"
            onClick={() => void Taro.redirectTo({ url: COURSE_LIST_PATH })}
          >
            <Text>看看有哪些课程</Text>
          </View>
        </View>
      )}
      {list.items.map((e) => (
        <EnrollmentRow key={e.enrollmentId} enrollment={e} onChanged={list.reload} />
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
