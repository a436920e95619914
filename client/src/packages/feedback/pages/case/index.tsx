import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { FeedbackCase } from '../../../../features/feedback/feedback-case';
import { OfficialGate } from '../../../../features/households/official-gate';
import { PrivacyNotice } from '../../../../features/privacy/privacy-notice/privacy-notice';

/** One feedback: the text, the answers, and 答复 / 已处理 / 转交上级. */
export default function FeedbackCasePage() {
  const { params } = useRouter();
  const feedbackId = params.id ? decodeURIComponent(params.id) : '';
  return (
    <PageShell title="反馈详情">
      <OfficialGate>{() => <FeedbackCase feedbackId={feedbackId} />}</OfficialGate>
      <PrivacyNotice text="群众的电话只显示后4位；反馈内容不要外传。" />
    </PageShell>
  );
}
