import { PageShell } from '../../../../components/page-shell/page-shell';
import { SignInPrompt } from '../../../../components/sign-in-prompt/sign-in-prompt';
import { MessageList } from '../../../../features/messages/message-list';
import { useSession } from '../../../../features/session/use-session';

export default function MessagesPage() {
  const { signedIn } = useSession();
  return (
    <PageShell title="消息">
      {signedIn ? <MessageList /> : <SignInPrompt reason="请先登录，再看您的消息。" />}
    </PageShell>
  );
}
