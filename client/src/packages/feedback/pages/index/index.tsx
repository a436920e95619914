import { View } from '@tarojs/components';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { SignInPrompt } from '../../../../components/sign-in-prompt/sign-in-prompt';
import { FeedbackForm } from '../../../../features/feedback/feedback-form';
import { MyFeedbackList } from '../../../../features/feedback/my-feedback-list';
import { OutboxStatusList } from '../../../../features/outbox/outbox-status-list';
import { PrivacyNotice } from '../../../../features/privacy/privacy-notice/privacy-notice';
import { useOutbox } from '../../../../features/outbox/use-outbox';
import { useSession } from '../../../../features/session/use-session';

export default function FeedbackPage() {
  const { signedIn } = useSession();
  const outbox = useOutbox({ fn: 'feedback', action: 'submit' });
  if (!signedIn) {
    return (
      <PageShell title="意见反馈">
        <SignInPrompt reason="请先登录，再提交意见反馈。" />
      </PageShell>
    );
  }
  return (
    <PageShell title="意见反馈">
      <View className="psv-text-secondary">
        您的意见村里和镇上都能看到。写的内容会先存在手机上，网络不好也不会丢。
      </View>
      <PrivacyNotice text="别写身份证号和银行卡号；写了电话，别人只看到后 4 位。" />
      <FeedbackForm />
      <OutboxStatusList
        items={outbox.items}
        held={outbox.held}
        onRetry={outbox.retryNow}
        onDismiss={outbox.dismiss}
      />
      <MyFeedbackList enabled={signedIn} />
    </PageShell>
  );
}
