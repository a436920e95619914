import { PageShell } from '../../../../components/page-shell/page-shell';
import { SignInPrompt } from '../../../../components/sign-in-prompt/sign-in-prompt';
import { MyReports } from '../../../../features/risk/my-reports';
import { useSession } from '../../../../features/session/use-session';

/** 我的申报: every report with its progress and next step. */
export default function MyRiskReportsPage() {
  const { signedIn } = useSession();
  return (
    <PageShell title="我的申报">
      {signedIn ? <MyReports /> : <SignInPrompt reason="请先登录，再看自己的申报。" />}
    </PageShell>
  );
}
