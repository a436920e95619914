import { View } from '@tarojs/components';
import { PageShell } from '../../components/page-shell/page-shell';
import { FEATURES } from '../../features/catalogue/feature-catalogue';
import { FeatureGrid } from '../../features/catalogue/feature-grid';
import { WorkbenchEntry } from '../../features/households/workbench-entry';
import { OutboxSummary } from '../../features/outbox/outbox-summary';
import { TrainerEntry } from '../../features/training/trainer-entry';
import { EmploymentStatsEntry } from '../../features/training/employment-stats/employment-stats-entry';
import { InsurerClaimsEntry } from '../../features/claims-work/claims-work-entry';

/** 办事 tab: every service in one place, each opening its subpackage. */
export default function ServicesTab() {
  return (
    <PageShell title="办事">
      <View className="psv-text-secondary">选择您要办的事。</View>
      <OutboxSummary />
      <WorkbenchEntry variant="tile" />
      <TrainerEntry variant="tile" />
      <EmploymentStatsEntry />
      <InsurerClaimsEntry variant="tile" />
      <FeatureGrid features={FEATURES.filter((f) => f.tab === 'services')} />
    </PageShell>
  );
}
