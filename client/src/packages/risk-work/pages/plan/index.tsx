import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { OfficialGate } from '../../../../features/households/official-gate';
import { PlanScreen } from '../../../../features/risk-work/plan-screen';

/** 制定帮扶计划 (119): 一户一策, 防贫保险 and measures from the 9 sectors. */
export default function RiskPlanPage() {
  const { params } = useRouter();
  const reportId = params.id ? decodeURIComponent(params.id) : '';
  return (
    <PageShell title="帮扶计划">
      <OfficialGate>{() => <PlanScreen reportId={reportId} />}</OfficialGate>
    </PageShell>
  );
}
