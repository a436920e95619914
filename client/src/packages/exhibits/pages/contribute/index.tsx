import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { SignInPrompt } from '../../../../components/sign-in-prompt/sign-in-prompt';
import { ContributeForm } from '../../../../features/exhibits/contribute-form';
import { ResubmitForm } from '../../../../features/exhibits/resubmit-form';
import { OutboxStatusList } from '../../../../features/outbox/outbox-status-list';
import { PrivacyNotice } from '../../../../features/privacy/privacy-notice/privacy-notice';
import { useOutbox } from '../../../../features/outbox/use-outbox';
import { useSession } from '../../../../features/session/use-session';

/** 我要投稿: the form, and what is still on its way; `?edit=<id>` fixes a returned one. */
export default function ContributePage() {
  const { signedIn } = useSession();
  const { params } = useRouter();
  const editId = params.edit ? decodeURIComponent(params.edit) : '';
  const outbox = useOutbox({ fn: 'exhibits', action: 'submit' });
  if (editId) {
    return (
      <PageShell title="修改投稿">
        {signedIn ? (
          <ResubmitForm exhibitId={editId} />
        ) : (
          <SignInPrompt reason="请先登录，再修改您的投稿。" />
        )}
      </PageShell>
    );
  }
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
