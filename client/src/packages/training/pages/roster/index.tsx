import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { EmptyState } from '../../../../components/page-state/page-state';
import { CourseRoster } from '../../../../features/training/course-roster';
import { TrainerGate } from '../../../../features/training/trainer-gate';

/** 学员名单 of one course. */
export default function RosterPage() {
  const { params } = useRouter();
  const courseId = params.id ? decodeURIComponent(params.id) : '';
  return (
    <PageShell title="学员名单">
      <TrainerGate>
        {courseId ? (
          <CourseRoster courseId={courseId} />
        ) : (
          <EmptyState title="没有指定课程" hint="请从培训管理里点开一门课。" />
        )}
      </TrainerGate>
    </PageShell>
  );
}
