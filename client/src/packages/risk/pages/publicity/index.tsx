import { PageShell } from '../../../../components/page-shell/page-shell';
import { SignInPrompt } from '../../../../components/sign-in-prompt/sign-in-prompt';
import { PublicityList } from '../../../../features/risk/publicity-list';
import { useSession } from '../../../../features/session/use-session';

/** 村内公示 of the caller's village. */
export default function RiskPublicityPage() {
  const { signedIn } = useSession();
  return (
    <PageShell title="村内公示">
      {signedIn ? <PublicityList /> : <SignInPrompt reason="请先登录，再看本村的公示。" />}
    </PageShell>
  );
}
