import { PageShell } from '../../../../components/page-shell/page-shell';
import { SignInPrompt } from '../../../../components/sign-in-prompt/sign-in-prompt';
import { MyExhibits } from '../../../../features/exhibits/my-exhibits';
import { useSession } from '../../../../features/session/use-session';

export default function MyExhibitsPage() {
  const { signedIn } = useSession();
  return (
    <PageShell title="我的投稿">
      {signedIn ? <MyExhibits /> : <SignInPrompt reason="请先登录，再看自己的投稿。" />}
    </PageShell>
  );
}
