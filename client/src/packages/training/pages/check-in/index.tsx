import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { EmptyState } from '../../../../components/page-state/page-state';
import { CheckInForm } from '../../../../features/training/check-in-form';

/** 上课签到. */
export default function CheckInPage() {
  const { params } = useRouter();
  const courseId = params.courseId ? decodeURIComponent(params.courseId) : '';
  return (
    <PageShell title="上课签到">
      {courseId ? (
        <CheckInForm courseId={courseId} />
      ) : (
        <EmptyState title="没有指定课程" hint="请从“我的报名”里点“上课签到”。" />
      )}
    </PageShell>
  );
}
