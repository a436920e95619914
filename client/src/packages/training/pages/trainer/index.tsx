import { PageShell } from '../../../../components/page-shell/page-shell';
import { TrainerCourses } from '../../../../features/training/trainer-courses';
import { TrainerGate } from '../../../../features/training/trainer-gate';

/** 培训管理 for trainers and admins: every course, each opening its roster. */
export default function TrainerPage() {
  return (
    <PageShell title="培训管理">
      <TrainerGate>
        <TrainerCourses />
      </TrainerGate>
    </PageShell>
  );
}
