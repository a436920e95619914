import { View } from '@tarojs/components';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { SignInPrompt } from '../../../../components/sign-in-prompt/sign-in-prompt';
import { OutboxStatusList } from '../../../../features/outbox/outbox-status-list';
import { PrivacyNotice } from '../../../../features/privacy/privacy-notice/privacy-notice';
import { useOutbox } from '../../../../features/outbox/use-outbox';
import { RiskLinks } from '../../../../features/risk/my-reports';
import { RiskForm } from '../../../../features/risk/risk-form';
import { useSession } from '../../../../features/session/use-session';

/** 返贫风险申报: the one-question-per-screen form, and what is still on its way. */
export default function RiskReportFormPage() {
  const { signedIn } = useSession();
  const outbox = useOutbox({ fn: 'risk', action: 'submit' });
  return (
    <PageShell title="返贫风险申报">
      {signedIn ? (
        <View className="psv-risk-page">
          <PrivacyNotice text="申报的家庭、收入、健康情况和照片，只给负责您家的村、镇、市干部看。" />
          <RiskForm />
          <OutboxStatusList
            items={outbox.items}
            held={outbox.held}
            onRetry={outbox.retryNow}
            onDismiss={outbox.dismiss}
          />
          <RiskLinks form={false} mine />
        </View>
      ) : (
        <SignInPrompt reason="请先登录，再申报。家里遇到难处，也可以直接告诉村委会。" />
      )}
    </PageShell>
  );
}
