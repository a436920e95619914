import { PageShell } from '../../../../components/page-shell/page-shell';
import { ClaimsQueue } from '../../../../features/claims-work/claims-queue';
import { ClaimsWorkGate } from '../../../../features/claims-work/claims-work-gate';

/** 理赔待办: what waits for the caller's level, by due date; 全部 for everything in scope. */
export default function ClaimsQueuePage() {
  return (
    <PageShell title="理赔待办">
      <ClaimsWorkGate>{(role) => <ClaimsQueue role={role} />}</ClaimsWorkGate>
    </PageShell>
  );
}
