import { Text, View } from '@tarojs/components';
import { EmptyState } from '../../components/page-state/page-state';
import { BarChart, type BarPart } from './bar-chart/bar-chart';
import type { DashboardView, HouseholdCategory } from './households-api';
import {
  CATEGORY_LABEL,
  FOLDER_COLOUR,
  HOUSEHOLD_CATEGORIES,
  MONITOR_TYPES,
  MONITOR_TYPE_LABEL,
} from './household-labels';

const PARTS: BarPart<HouseholdCategory>[] = HOUSEHOLD_CATEGORIES.map((category) => ({
  part: category,
  label: CATEGORY_LABEL[category],
  colour: FOLDER_COLOUR[category],
}));

/** Totals by category and a bar per village (一般户 / 已脱贫户 / 三类户). */
export function HouseholdDashboard({ data }: { data: DashboardView }) {
  const { totals } = data;
  return (
    <View data-testid="household-dashboard">
      <View className="psv-card">
        <View className="psv-subtitle">
          {data.scopeName} 共 {totals.total} 户
        </View>
        {HOUSEHOLD_CATEGORIES.map((c) => (
          <View key={c} className="psv-row" data-total={c}>
            <Text>{CATEGORY_LABEL[c]}</Text>
            <Text>{totals[c]} 户</Text>
          </View>
        ))}
        {MONITOR_TYPES.map((m) => (
          <View key={m} className="psv-row psv-text-secondary">
            <Text>其中{MONITOR_TYPE_LABEL[m]}</Text>
            <Text>{totals[m]} 户</Text>
          </View>
        ))}
        <View className="psv-row">
          <Text>有预警的农户</Text>
          <Text>{data.withWarnings} 户</Text>
        </View>
        <View className="psv-row">
          <Text>到期未复核</Text>
          <Text>{data.overdueReviews} 户</Text>
        </View>
      </View>
      <View className="psv-card">
        <View className="psv-subtitle">各村户类分布</View>
        {data.byVillage.length === 0 ? (
          <EmptyState title="还没有村的数据" />
        ) : (
          <BarChart
            parts={PARTS}
            rows={data.byVillage.map((v) => ({
              key: v.villageId,
              label: v.villageName,
              parts: { general: v.general, lifted: v.lifted, monitored: v.monitored },
            }))}
          />
        )}
      </View>
    </View>
  );
}
