import { Text, View } from '@tarojs/components';
import { CLAIM_TYPES } from '@shared/claims/claim-schemes';
import { CLAIM_STATUSES } from '@shared/claims/claim-statuses';
import { EmptyState } from '../../components/page-state/page-state';
import { BarChart, type BarPart } from '../households/bar-chart/bar-chart';
import { yuanText } from '../risk-work/risk-work-labels';
import type { ClaimStatsView } from './claims-work-api';
import { CLAIM_STATUS_SHORT_LABEL, CLAIM_TYPE_LABEL } from './claims-work-labels';

type UnitPart = 'onTime' | 'overdue' | 'closed';
const UNIT_PARTS: BarPart<UnitPart>[] = [
  { part: 'onTime', label: '办理中', colour: 'blue' },
  { part: 'overdue', label: '已超期', colour: 'red' },
  { part: 'closed', label: '已办结', colour: 'green' },
];
const COUNT_PART: BarPart<'count'>[] = [{ part: 'count', label: '件数', colour: 'blue' }];

/** 理赔统计: totals, each stage, each type with its amounts, and a bar per village or town. */
export function ClaimsStats({ data }: { data: ClaimStatsView }) {
  const statusRows = CLAIM_STATUSES.filter((s) => (data.byStatus[s] ?? 0) > 0).map((s) => ({
    key: s,
    label: CLAIM_STATUS_SHORT_LABEL[s],
    parts: { count: data.byStatus[s] ?? 0 },
  }));
  const types = CLAIM_TYPES.filter((t) => (data.byType[t]?.claims ?? 0) > 0);
  return (
    <View data-testid="claims-stats">
      <View className="psv-card">
        <View className="psv-subtitle">
          {data.scopeName} 共 {data.total} 件理赔
        </View>
        <View className="psv-row" data-stat="overdue" data-testid="claims-stats-overdue">
          <Text>已超期</Text>
          <Text
            className={
              data.overdue > 0 ? 'psv-badge psv-badge--failed' : 'psv-badge psv-badge--sent'
            }
          >
            {data.overdue} 件
          </Text>
        </View>
      </View>
      <View className="psv-card" data-testid="claims-stats-by-status">
        <View className="psv-subtitle">各环节</View>
        {statusRows.length === 0 ? (
          <EmptyState title="还没有理赔" />
        ) : (
          <BarChart rows={statusRows} parts={COUNT_PART} unit="件" />
        )}
      </View>
      <View className="psv-card" data-testid="claims-stats-by-type">
        <View className="psv-subtitle">各种类</View>
        {types.length === 0 ? (
          <EmptyState title="还没有理赔" />
        ) : (
          types.map((t) => {
            const row = data.byType[t];
            return (
              <View key={t} className="psv-risk-kv" data-type={t}>
                <Text className="psv-risk-kv__key">{CLAIM_TYPE_LABEL[t]}</Text>
                <Text className="psv-risk-kv__value">
                  {row.claims} 件 · 审定 {yuanText(row.approvedAmount)} · 已赔{' '}
                  {yuanText(row.paidAmount)}
                </Text>
              </View>
            );
          })
        )}
      </View>
      <View className="psv-card" data-testid="claims-stats-by-unit">
        <View className="psv-subtitle">各村镇</View>
        {data.byUnit.length === 0 ? (
          <EmptyState title="还没有村镇的数据" />
        ) : (
          <>
            <BarChart
              unit="件"
              parts={UNIT_PARTS}
              rows={data.byUnit.map((u) => ({
                key: u.unitId,
                label: u.unitName,
                parts: {
                  onTime: Math.max(0, u.open - u.overdue),
                  overdue: u.overdue,
                  closed: Math.max(0, u.claims - u.open),
                },
              }))}
            />
            {data.byUnit.map((u) => (
              <View key={u.unitId} className="psv-row psv-text-secondary" data-unit={u.unitId}>
                <Text>{u.unitName}</Text>
                <Text>
                  {u.claims} 件 · 超期 {u.overdue} 件 · 已赔 {yuanText(u.paidAmount)}
                </Text>
              </View>
            ))}
          </>
        )}
      </View>
    </View>
  );
}
