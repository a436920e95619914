import { PageShell } from '../../../../components/page-shell/page-shell';
import { OfficialGate } from '../../../../features/households/official-gate';
import { RiskStatsScreen } from '../../../../features/risk-work/risk-stats-screen';

/** 返贫风险统计: by stage, overdue, risk type, and by village or town. */
export default function RiskStatsPage() {
  return (
    <PageShell title="返贫风险统计">
      <OfficialGate>{() => <RiskStatsScreen />}</OfficialGate>
    </PageShell>
  );
}
