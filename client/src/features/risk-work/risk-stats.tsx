import { Text, View } from '@tarojs/components';
import { RISK_TYPES, RISK_TYPE_CODES } from '@shared/risk/risk-catalogue';
import { RISK_STATUSES } from '@shared/risk/risk-statuses';
import { CountBars, OverdueRow, UnitBars } from '../review-work/stats-parts';
import type { StatsView } from './risk-work-api';
import { STATUS_SHORT_LABEL } from './risk-work-labels';

/** 统计: totals, each stage, overdue, risk types, and a bar per village (town) or town (city). */
export function RiskStats({ data }: { data: StatsView }) {
  return (
    <View data-testid="risk-stats">
      <View className="psv-card">
        <View className="psv-subtitle">
          {data.scopeName} 共 {data.total} 份申报
        </View>
        <View className="psv-row" data-stat="open">
          <Text>正在办理</Text>
          <Text>{data.open} 份</Text>
        </View>
        <OverdueRow testId="stats-overdue" count={data.overdue} unit="份" />
        <View className="psv-row" data-stat="due-soon">
          <Text>快到期</Text>
          <Text>{data.dueSoon} 份</Text>
        </View>
      </View>
      <CountBars
        testId="stats-by-status"
        title="各环节"
        unit="份"
        emptyTitle="还没有申报"
        rows={RISK_STATUSES.map((s) => ({
          key: s,
          label: STATUS_SHORT_LABEL[s],
          count: data.byStatus[s] ?? 0,
        }))}
      />
      <CountBars
        testId="stats-by-risk"
        title="风险类型"
        unit="份"
        emptyTitle="还没有申报"
        colour="red"
        rows={RISK_TYPE_CODES.map((r) => ({
          key: r,
          label: RISK_TYPES[r].label,
          count: data.byRiskType[r] ?? 0,
        }))}
      />
      <UnitBars
        testId="stats-by-unit"
        unit="份"
        closedLabel="已消除"
        units={data.byUnit.map((u) => ({
          ...u,
          closed: u.resolved,
          line: `监测中 ${u.monitored} 户 · 超期 ${u.overdue} 份`,
        }))}
      />
    </View>
  );
}
