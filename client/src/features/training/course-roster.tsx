import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ENROLLMENT_STATUSES, ENROLLMENT_STATUS_LABEL } from '@shared/training/training-labels';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { sessionsOpenForCheckIn } from '@shared/training/check-in-window';
import { formatDateTime } from './format-time';
import { RosterExportPanel } from './roster-export-panel';
import { RosterRow } from './roster-row';
import { editCoursePath, sessionCodePath } from './training-paths';
import { useMyRole } from '../session/use-my-role';
import { useCourse } from './use-course';
import { useRoster } from './use-roster';

/** 学员名单 of one course: status filter, waitlist order, 签到码 per session, completion, export. */
export function CourseRoster({ courseId }: { courseId: string }) {
  const course = useCourse(courseId);
  const { status, setStatus, list } = useRoster(courseId);
  const role = useMyRole();
  if (course.state === 'loading') return <LoadingState />;
  if (course.state === 'error')
    return (
      <ErrorState message={course.error.message} code={course.error.code} onRetry={course.reload} />
    );
  const c = course.data;
  // Codes only for classes the server takes check-ins for now (30 minutes either side).
  const now = new Date();
  const open = sessionsOpenForCheckIn(c.sessions, now);
  const next = c.sessions.find((s) => Date.parse(s.startsAt) > now.getTime());
  return (
    <View data-testid="course-roster">
      <View className="psv-card">
        <View className="psv-subtitle">{c.title}</View>
        <View className="psv-text-secondary">
          已报上 {c.confirmed} / {c.capacity} 人，候补 {c.waitlisted} 人
        </View>
        <View
          className="psv-button"
          data-testid="course-edit-open"
          onClick={() => void Taro.navigateTo({ url: editCoursePath(c.courseId) })}
        >
          <Text>编辑课程（时间、名额、报名条件）</Text>
        </View>
        {open.map((s) => (
          <View
            key={s.sessionId}
            className="psv-button psv-button--primary"
            data-testid="open-session-code"
            onClick={() => void Taro.navigateTo({ url: sessionCodePath(c.courseId, s.sessionId) })}
          >
            <Text>
              出示签到码：{s.topic}（{formatDateTime(s.startsAt)}）
            </Text>
          </View>
        ))}
        {open.length === 0 && next && (
          <View className="psv-text-secondary" data-testid="session-code-later">
            签到码在上课前 30 分钟到下课后 30 分钟可以出示。下一节：{next.topic}（
            {formatDateTime(next.startsAt)}）
          </View>
        )}
      </View>
      <View className="psv-card" data-testid="roster" data-state={list.state}>
        <View className="psv-choice-group">
          <View
            className={`psv-choice${status === null ? ' psv-choice--active' : ''}`}
            data-status-filter="all"
            onClick={() => setStatus(null)}
          >
            <Text>全部</Text>
          </View>
          {ENROLLMENT_STATUSES.map((s) => (
            <View
              key={s}
              className={`psv-choice${status === s ? ' psv-choice--active' : ''}`}
              data-status-filter={s}
              onClick={() => setStatus(s)}
            >
              <Text>{s === 'waitlisted' ? '候补' : ENROLLMENT_STATUS_LABEL[s]}</Text>
            </View>
          ))}
        </View>
        {list.state === 'loading' && <LoadingState />}
        {list.state === 'error' && list.error && (
          <ErrorState message={list.error.message} onRetry={list.reload} />
        )}
        {list.state === 'ready' && list.items.length === 0 && <EmptyState title="这里还没有学员" />}
        {list.items.map((entry) => (
          <RosterRow
            key={entry.enrollmentId}
            entry={entry}
            courseId={c.courseId}
            courseTitle={c.title}
            attendanceToComplete={c.attendanceToComplete}
            mayRecordJob={role === 'admin'}
          />
        ))}
        {list.moreError && <View className="psv-field__error">{list.moreError.message}</View>}
        {list.hasMore && (
          <View className="psv-button" onClick={list.loadMore}>
            <Text>{list.loadingMore ? '正在加载…' : '加载更多'}</Text>
          </View>
        )}
      </View>
      <RosterExportPanel courseId={c.courseId} courseTitle={c.title} />
    </View>
  );
}
