import { PageShell } from '../../../../components/page-shell/page-shell';
import { OfficialGate } from '../../../../features/households/official-gate';
import { RiskQueue } from '../../../../features/risk-work/risk-queue';

/** 返贫风险待办: what waits for the caller's level, by due date; 全部 for everything in scope. */
export default function RiskQueuePage() {
  return (
    <PageShell title="返贫风险待办">
      <OfficialGate>{(role) => <RiskQueue role={role} />}</OfficialGate>
    </PageShell>
  );
}
