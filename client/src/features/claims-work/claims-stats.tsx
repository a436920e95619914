import { Text, View } from '@tarojs/components';
import { CLAIM_TYPES } from '@shared/claims/claim-schemes';
import { CLAIM_STATUSES } from '@shared/claims/claim-statuses';
import { EmptyState } from '../../components/page-state/page-state';
import { CountBars, OverdueRow, UnitBars } from '../review-work/stats-parts';
import { yuanText } from '../risk-work/risk-work-labels';
import type { ClaimStatsView } from './claims-work-api';
import { CLAIM_STATUS_SHORT_LABEL, CLAIM_TYPE_LABEL } from './claims-work-labels';

/** 理赔统计: totals, each stage, each type with its amounts, and a bar per village or town. */
export function ClaimsStats({ data }: { data: ClaimStatsView }) {
  const types = CLAIM_TYPES.filter((t) => (data.byType[t]?.claims ?? 0) > 0);
  return (
    <View data-testid="claims-stats">
      <View className="psv-card">
        <View className="psv-subtitle">
          {data.scopeName} 共 {data.total} 件理赔
        </View>
        <OverdueRow testId="claims-stats-overdue" count={data.overdue} unit="件" />
      </View>
      <CountBars
        testId="claims-stats-by-status"
        title="各环节"
        unit="件"
        emptyTitle="还没有理赔"
        rows={CLAIM_STATUSES.map((s) => ({
          key: s,
          label: CLAIM_STATUS_SHORT_LABEL[s],
          count: data.byStatus[s] ?? 0,
        }))}
      />
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
      <UnitBars
        testId="claims-stats-by-unit"
        unit="件"
        closedLabel="已办结"
        units={data.byUnit.map((u) => ({
          ...u,
          closed: Math.max(0, u.claims - u.open),
          line: `${u.claims} 件 · 超期 ${u.overdue} 件 · 已赔 ${yuanText(u.paidAmount)}`,
        }))}
      />
    </View>
  );
}
