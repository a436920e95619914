import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { PrivacyPolicyView } from '../../../../features/privacy/privacy-policy-view';
import { PrivacySheet } from '../../../../features/privacy/privacy-sheet/privacy-sheet';
import { PrivacySheetPreview } from '../../../../features/privacy/privacy-sheet-preview';

/** 隐私政策: the policy; when WeChat is waiting for an answer, 同意 / 不同意 below it. */
export default function PrivacyPolicyPage() {
  const { params } = useRouter();
  return (
    <PageShell title="隐私政策" privacySheet={false}>
      <PrivacyPolicyView />
      <PrivacySheet variant="inline" />
      <PrivacySheetPreview preview={params.preview} />
    </PageShell>
  );
}
