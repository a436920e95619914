import { Text, View } from '@tarojs/components';
import { RISK_TYPES, RISK_TYPE_CODES } from '@shared/risk/risk-catalogue';
import { RISK_STATUSES } from '@shared/risk/risk-statuses';
import { EmptyState } from '../../components/page-state/page-state';
import { BarChart, type BarPart } from '../households/bar-chart/bar-chart';
import type { StatsView } from './risk-work-api';
import { STATUS_SHORT_LABEL } from './risk-work-labels';

type UnitPart = 'onTime' | 'overdue' | 'resolved';
const UNIT_PARTS: BarPart<UnitPart>[] = [
  { part: 'onTime', label: '办理中', colour: 'blue' },
  { part: 'overdue', label: '已超期', colour: 'red' },
  { part: 'resolved', label: '已消除', colour: 'green' },
];
const COUNT_PART: BarPart<'count'>[] = [{ part: 'count', label: '份数', colour: 'blue' }];
const RISK_PART: BarPart<'count'>[] = [{ part: 'count', label: '份数', colour: 'red' }];

/** 统计: totals, each stage, overdue, risk types, and a bar per village (town) or town (city). */
export function RiskStats({ data }: { data: StatsView }) {
  const statusRows = RISK_STATUSES.filter((s) => (data.byStatus[s] ?? 0) > 0).map((s) => ({
    key: s,
    label: STATUS_SHORT_LABEL[s],
    parts: { count: data.byStatus[s] ?? 0 },
  }));
  const riskRows = RISK_TYPE_CODES.filter((r) => (data.byRiskType[r] ?? 0) > 0).map((r) => ({
    key: r,
    label: RISK_TYPES[r].label,
    parts: { count: data.byRiskType[r] ?? 0 },
  }));
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
        <View className="psv-row" data-stat="overdue" data-testid="stats-overdue">
          <Text>已超期</Text>
          <Text
            className={
              data.overdue > 0 ? 'psv-badge psv-badge--failed' : 'psv-badge psv-badge--sent'
            }
          >
            {data.overdue} 份
          </Text>
        </View>
        <View className="psv-row" data-stat="due-soon">
          <Text>快到期</Text>
          <Text>{data.dueSoon} 份</Text>
        </View>
      </View>
      <View className="psv-card" data-testid="stats-by-status">
        <View className="psv-subtitle">各环节</View>
        {statusRows.length === 0 ? (
          <EmptyState title="还没有申报" />
        ) : (
          <BarChart rows={statusRows} parts={COUNT_PART} unit="份" />
        )}
      </View>
      <View className="psv-card" data-testid="stats-by-risk">
        <View className="psv-subtitle">风险类型</View>
        {riskRows.length === 0 ? (
          <EmptyState title="还没有申报" />
        ) : (
          <BarChart rows={riskRows} parts={RISK_PART} unit="份" />
        )}
      </View>
      <View className="psv-card" data-testid="stats-by-unit">
        <View className="psv-subtitle">各村镇</View>
        {data.byUnit.length === 0 ? (
          <EmptyState title="还没有村镇的数据" />
        ) : (
          <>
            <BarChart
              unit="份"
              parts={UNIT_PARTS}
              rows={data.byUnit.map((u) => ({
                key: u.unitId,
                label: u.unitName,
                parts: {
                  onTime: Math.max(0, u.open - u.overdue),
                  overdue: u.overdue,
                  resolved: u.resolved,
                },
              }))}
            />
            {data.byUnit.map((u) => (
              <View key={u.unitId} className="psv-row psv-text-secondary" data-unit={u.unitId}>
                <Text>{u.unitName}</Text>
                <Text>
                  监测中 {u.monitored} 户 · 超期 {u.overdue} 份
                </Text>
              </View>
            ))}
          </>
        )}
      </View>
    </View>
  );
}
