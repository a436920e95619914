import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { RiskStatus } from '@shared/risk/risk-statuses';
import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';
import { PlanView } from './plan-view';
import type { RiskReportView } from './risk-api';
import { spokenDate } from './risk-dates';
import { riskReportPath } from './risk-paths';
import './risk.css';

/** Statuses in which the household is monitored and the 119 plan applies (or is being made). */
const IN_FORCE: readonly RiskStatus[] = [
  'city_approved',
  'assisting',
  'elimination_proposed',
  'elimination_town_reviewed',
];

/**
 * The household's report the card is about: the one in force (a 绿色通道 plan counts before
 * approval: help first, paperwork after), else the latest resolved one.
 */
export function planReportOf(
  reports: readonly RiskReportView[],
  householdId: string,
): RiskReportView | null {
  const ours = reports.filter((r) => r.householdId === householdId);
  const inForce = (r: RiskReportView) =>
    IN_FORCE.includes(r.status) ||
    (r.plan !== null && r.status !== 'rejected' && r.status !== 'resolved');
  return ours.find(inForce) ?? ours.find((r) => r.status === 'resolved') ?? null;
}

/**
 * 我的家 → 119 帮扶: the 一户一策 plan, 防贫保险 and the measures by sector with their
 * department, responsible person, due date and status; 「风险已消除」 once resolved. Nothing when
 * the household is not (and was not) monitored. The folder colour stays the household card's.
 */
export function RiskPlanCard({ householdId }: { householdId: string }) {
  const reports = useRemoteData(() => api.risk.mine({ limit: 50 }));
  if (reports.state !== 'ready') return null;
  const report = planReportOf(reports.data.items, householdId);
  if (!report) return null;
  const resolved = report.status === 'resolved';
  return (
    <View className="psv-card" data-testid="risk-plan-card" data-status={report.status}>
      <View className="psv-subtitle">119 帮扶</View>
      {resolved && (
        <View className="psv-risk-resolved" data-testid="risk-resolved">
          <Text>风险已消除</Text>
        </View>
      )}
      {report.plan ? (
        <PlanView plan={report.plan} />
      ) : (
        <View className="psv-risk-next">
          <Text>
            已纳入防返贫监测。帮扶计划正在制定
            {report.planDeadline ? `，村里会在${spokenDate(report.planDeadline.dueOn)}前定好` : ''}
            。
          </Text>
        </View>
      )}
      <View
        className="psv-button"
        data-testid="risk-plan-open"
        onClick={() => void Taro.navigateTo({ url: riskReportPath(report.reportId) })}
      >
        <Text>看办理经过 ›</Text>
      </View>
    </View>
  );
}
