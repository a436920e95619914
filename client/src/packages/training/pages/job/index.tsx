import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { EmptyState, LoadingState } from '../../../../components/page-state/page-state';
import { SignInPrompt } from '../../../../components/sign-in-prompt/sign-in-prompt';
import { JobFormCard } from '../../../../features/training/job-form/job-form';
import { mayRecordJob } from '../../../../features/training/trainer-roles';
import { useMyRole } from '../../../../features/session/use-my-role';
import { useSession } from '../../../../features/session/use-session';

/** 登记就业 after training: the trainee, their village cadre or an admin. */
export default function RecordJobPage() {
  const { params } = useRouter();
  const { signedIn } = useSession();
  const role = useMyRole();
  const enrollmentId = params.enrollmentId ? decodeURIComponent(params.enrollmentId) : '';
  const courseTitle = params.title ? decodeURIComponent(params.title) : '';
  return (
    <PageShell title="登记就业">
      {!signedIn ? (
        <SignInPrompt reason="请先登录，再登记就业。" />
      ) : role === null ? (
        <LoadingState />
      ) : !mayRecordJob(role) ? (
        <View className="psv-card psv-text-secondary">就业由学员本人、村干部或管理员登记。</View>
      ) : !enrollmentId ? (
        <EmptyState title="没有指定报名" hint="请从“我的报名”里点开结业的课程。" />
      ) : (
        <JobFormCard enrollmentId={enrollmentId} courseTitle={courseTitle} />
      )}
    </PageShell>
  );
}
