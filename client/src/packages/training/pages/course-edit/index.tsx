import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { CourseEditor } from '../../../../features/training/course-editor/course-editor';
import { TrainerGate } from '../../../../features/training/trainer-gate';

/** 开课 (no id) or 编辑课程 (?id=) for trainers and admins. */
export default function CourseEditPage() {
  const { params } = useRouter();
  const courseId = params.id ? decodeURIComponent(params.id) : null;
  return (
    <PageShell title={courseId ? '编辑课程' : '开课'}>
      <TrainerGate>
        <CourseEditor courseId={courseId} />
      </TrainerGate>
    </PageShell>
  );
}
