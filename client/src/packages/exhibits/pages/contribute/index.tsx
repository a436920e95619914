import { PageShell } from '../../../../components/page-shell/page-shell';
import { SignInPrompt } from '../../../../components/sign-in-prompt/sign-in-prompt';
import { ContributeForm } from '../../../../features/exhibits/contribute-form';
import { OutboxStatusList } from '../../../../features/outbox/outbox-status-list';
import { PrivacyNotice } from '../../../../features/privacy/privacy-notice/privacy-notice';
import { useOutbox } from '../../../../features/outbox/use-outbox';
import { useSession } from '../../../../features/session/use-session';

/** 我要投稿: the form, and what is still on its way. */
export default function ContributePage() {
  const { signedIn } = useSession();
  const outbox = useOutbox({ fn: 'exhibits', action: 'submit' });
  return (
    <PageShell title="我要投稿">
      {signedIn ? (
        <>
          <PrivacyNotice text="您投的照片和故事，村干部审核后才展出；不署名时只显示打码的名字。" />
          <ContributeForm />
          <OutboxStatusList
            items={outbox.items}
            onRetry={outbox.retryNow}
            onDismiss={outbox.dismiss}
          />
        </>
      ) : (
        <SignInPrompt reason="请先登录，再投稿。投稿由村干部审核后展出。" />
      )}
    </PageShell>
  );
}
