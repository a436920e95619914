import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { ClaimCase } from '../../../../features/claims-work/claim-case';
import { ClaimsWorkGate } from '../../../../features/claims-work/claims-work-gate';
import { PrivacyNotice } from '../../../../features/privacy/privacy-notice/privacy-notice';

/** One 防贫保险 claim with its papers, steps and the panel for my stage. */
export default function ClaimCasePage() {
  const { params } = useRouter();
  const claimId = params.id ? decodeURIComponent(params.id) : '';
  return (
    <PageShell title="理赔详情">
      <ClaimsWorkGate>{(role) => <ClaimCase claimId={claimId} role={role} />}</ClaimsWorkGate>
      <PrivacyNotice text="病情、费用和银行卡信息只用于这次理赔审核和赔付，不要外传。" />
    </PageShell>
  );
}
