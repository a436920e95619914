import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { SignInPrompt } from '../../../../components/sign-in-prompt/sign-in-prompt';
import { ClaimForm } from '../../../../features/claims/claim-form';
import { MY_CLAIMS_PATH } from '../../../../features/claims/claims-paths';
import { OutboxStatusList } from '../../../../features/outbox/outbox-status-list';
import { useOutbox } from '../../../../features/outbox/use-outbox';
import { PrivacyNotice } from '../../../../features/privacy/privacy-notice/privacy-notice';
import { useSession } from '../../../../features/session/use-session';

/** 申请理赔: the one-question-per-screen form, and what is still on its way. */
export default function ClaimFormPage() {
  const { signedIn } = useSession();
  const outbox = useOutbox({ fn: 'claims', action: 'submit' });
  return (
    <PageShell title="防贫保险理赔">
      {signedIn ? (
        <View className="psv-risk-page">
          <PrivacyNotice text="理赔填的病情、花费、银行卡和材料照片，只给村、镇、市工作人员和承保的保险公司看。" />
          <ClaimForm />
          <OutboxStatusList
            items={outbox.items}
            held={outbox.held}
            onRetry={outbox.retryNow}
            onDismiss={outbox.dismiss}
          />
          <View className="psv-risk-links">
            <View
              className="psv-button"
              data-testid="claim-go-mine-link"
              onClick={() => void Taro.navigateTo({ url: MY_CLAIMS_PATH })}
            >
              <Text>我的理赔</Text>
            </View>
          </View>
        </View>
      ) : (
        <SignInPrompt reason="请先登录，再申请理赔。也可以请村委会帮您办。" />
      )}
    </PageShell>
  );
}
