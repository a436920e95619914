import { PageShell } from '../../../../components/page-shell/page-shell';
import { SignInPrompt } from '../../../../components/sign-in-prompt/sign-in-prompt';
import { MyClaims } from '../../../../features/claims/my-claims';
import { useSession } from '../../../../features/session/use-session';

/** 我的理赔: every claim of the household with its status and amount. */
export default function MyClaimsPage() {
  const { signedIn } = useSession();
  return (
    <PageShell title="我的理赔">
      {signedIn ? <MyClaims /> : <SignInPrompt reason="请先登录，再看自家的理赔。" />}
    </PageShell>
  );
}
