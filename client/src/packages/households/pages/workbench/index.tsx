import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { ExportPanel } from '../../../../features/households/export-panel';
import { HouseholdSearch } from '../../../../features/households/household-search';
import { OfficialGate } from '../../../../features/households/official-gate';
import type { OfficialRole } from '../../../../features/households/official-roles';
import {
  DASHBOARD_PATH,
  NEW_HOUSEHOLD_PATH,
  canEditHouseholds,
} from '../../../../features/households/official-roles';
import { PendingItems } from '../../../../features/households/pending-items';
import { useDashboard } from '../../../../features/households/use-dashboard';
import { RiskWorkEntry } from '../../../../features/risk-work/risk-work-entry';
import { ClaimsWorkEntry } from '../../../../features/claims-work/claims-work-entry';
import { FeedbackInboxEntry } from '../../../../features/feedback/feedback-inbox-entry';

function Workbench({ role }: { role: OfficialRole }) {
  const dashboard = useDashboard();
  return (
    <View data-testid="workbench">
      <RiskWorkEntry />
      <ClaimsWorkEntry />
      <FeedbackInboxEntry />
      <PendingItems dashboard={dashboard} />
      {canEditHouseholds(role) && (
        <View
          className="psv-button psv-button--primary"
          data-testid="open-new-household"
          onClick={() => void Taro.navigateTo({ url: NEW_HOUSEHOLD_PATH })}
        >
          <Text>＋ 新建户</Text>
        </View>
      )}
      <HouseholdSearch />
      <View
        className="psv-button"
        data-testid="open-dashboard"
        onClick={() => void Taro.navigateTo({ url: DASHBOARD_PATH })}
      >
        <Text>查看户情统计图</Text>
      </View>
      <View className="psv-subtitle" />
      <ExportPanel />
    </View>
  );
}

/** 工作台 for cadres: pending items, household search, statistics and export. */
export default function WorkbenchPage() {
  return (
    <PageShell title="工作台">
      <OfficialGate>{(role) => <Workbench role={role} />}</OfficialGate>
    </PageShell>
  );
}
