import { PageShell } from '../../../../components/page-shell/page-shell';
import { ErrorState, LoadingState } from '../../../../components/page-state/page-state';
import { ExportPanel } from '../../../../features/households/export-panel';
import { HouseholdDashboard } from '../../../../features/households/household-dashboard';
import { OfficialGate } from '../../../../features/households/official-gate';
import { useDashboard } from '../../../../features/households/use-dashboard';

function Dashboard() {
  const dashboard = useDashboard();
  if (dashboard.state === 'loading') return <LoadingState />;
  if (dashboard.state === 'error')
    return (
      <ErrorState
        message={dashboard.error.message}
        code={dashboard.error.code}
        onRetry={dashboard.reload}
      />
    );
  return (
    <>
      <HouseholdDashboard data={dashboard.data} />
      <ExportPanel />
    </>
  );
}

/** 户情统计: totals, a bar per village, and the Excel export. */
export default function DashboardPage() {
  return (
    <PageShell title="户情统计">
      <OfficialGate>{() => <Dashboard />}</OfficialGate>
    </PageShell>
  );
}
