import { PageShell } from '../../../../components/page-shell/page-shell';
import { ClaimsStatsScreen } from '../../../../features/claims-work/claims-stats-screen';
import { ClaimsWorkGate } from '../../../../features/claims-work/claims-work-gate';

/** 理赔统计: by stage, by type with the amounts, and by village or town. */
export default function ClaimsStatsPage() {
  return (
    <PageShell title="理赔统计">
      <ClaimsWorkGate>{() => <ClaimsStatsScreen />}</ClaimsWorkGate>
    </PageShell>
  );
}
