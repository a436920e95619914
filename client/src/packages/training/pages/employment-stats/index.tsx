import { View } from '@tarojs/components';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { LoadingState } from '../../../../components/page-state/page-state';
import { SignInPrompt } from '../../../../components/sign-in-prompt/sign-in-prompt';
import { EmploymentStatsView } from '../../../../features/training/employment-stats/employment-stats-view';
import { mayReadEmploymentStats } from '../../../../features/training/trainer-roles';
import { useMyRole } from '../../../../features/session/use-my-role';
import { useSession } from '../../../../features/session/use-session';

/** 劳务输出统计 for village, town and city cadres and admins (each their own unit). */
export default function EmploymentStatsPage() {
  const { signedIn } = useSession();
  const role = useMyRole();
  return (
    <PageShell title="劳务输出统计">
      {!signedIn ? (
        <SignInPrompt reason="请先登录。" />
      ) : role === null ? (
        <LoadingState />
      ) : !mayReadEmploymentStats(role) ? (
        <View className="psv-card psv-text-secondary">劳务输出统计是给村镇干部和管理员看的。</View>
      ) : (
        <EmploymentStatsView />
      )}
    </PageShell>
  );
}
