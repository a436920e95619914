import { View } from '@tarojs/components';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { SignInPrompt } from '../../../../components/sign-in-prompt/sign-in-prompt';
import { MyEnrollments } from '../../../../features/training/my-enrollments';
import { useMyRole } from '../../../../features/session/use-my-role';
import { useSession } from '../../../../features/session/use-session';
import { LoadingState } from '../../../../components/page-state/page-state';

/** 我的报名: status of each sign-up, cancel, check-in, certificate. */
export default function MyEnrollmentsPage() {
  const { signedIn } = useSession();
  const role = useMyRole();
  return (
    <PageShell title="我的报名">
      {!signedIn ? (
        <SignInPrompt reason="请先登录，再看您报名的培训。" />
      ) : role === null ? (
        <LoadingState />
      ) : role !== 'villager' ? (
        <View className="psv-card psv-text-secondary">
          “我的报名”是村民本人看的。您登录的是工作人员身份。
        </View>
      ) : (
        <MyEnrollments />
      )}
    </PageShell>
  );
}
