import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { OfficialGate } from '../../../../features/households/official-gate';
import { PrivacyNotice } from '../../../../features/privacy/privacy-notice/privacy-notice';
import { RiskCase } from '../../../../features/risk-work/risk-case';

/** One 返贫风险 report with the household's 360° context and the review panel for my step. */
export default function RiskCasePage() {
  const { params } = useRouter();
  const reportId = params.id ? decodeURIComponent(params.id) : '';
  return (
    <PageShell title="申报详情">
      <OfficialGate>{() => <RiskCase reportId={reportId} />}</OfficialGate>
      <PrivacyNotice text="走访照片和记录只给负责这户的干部看，不要外传。" />
    </PageShell>
  );
}
