import { Text, View } from '@tarojs/components';
import { INCOME_BAND_LABEL } from '@shared/training/income-band';
import { COURSE_CATEGORY_LABEL } from '@shared/training/training-labels';
import { EmptyState, ErrorState, LoadingState } from '../../../components/page-state/page-state';
import type { EmploymentStats } from '../training-api';
import { useEmploymentStats } from './use-employment-stats';
import './employment-stats.css';

function Bars({
  rows,
  unit,
  testId,
}: {
  rows: ReadonlyArray<{ key: string; label: string; count: number; note?: string }>;
  unit: string;
  testId: string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <View data-testid={testId}>
      {rows.map((r) => (
        <View key={r.key} data-row={r.key}>
          <View className="psv-stats-line">
            <Text>{r.label}</Text>
            <Text>
              {r.count} {unit}
            </Text>
          </View>
          {r.note && <View className="psv-text-secondary">{r.note}</View>}
          <View
            className="psv-stats-bar"
            style={{ width: `${Math.round((r.count / max) * 100)}%` }}
          />
        </View>
      ))}
    </View>
  );
}

function StatsCards({ stats }: { stats: EmploymentStats }) {
  return (
    <View data-testid="employment-stats" data-placed={stats.placed}>
      <View className="psv-card">
        <View className="psv-stats-totals">
          <View className="psv-stats-total">
            <Text className="psv-stats-total__value">{stats.placed}</Text>
            <Text className="psv-text-secondary">培训后就业（人）</Text>
          </View>
          <View className="psv-stats-total">
            <Text className="psv-stats-total__value">{stats.averageMonthlyIncome}</Text>
            <Text className="psv-text-secondary">平均月收入（元）</Text>
          </View>
          <View className="psv-stats-total">
            <Text className="psv-stats-total__value">{stats.averageYearlyEarnings}</Text>
            <Text className="psv-text-secondary">折合年收入（元）</Text>
          </View>
        </View>
      </View>
      {stats.placed === 0 ? (
        <EmptyState
          title="还没有登记就业的学员"
          hint="学员结业找到工作后，在“我的报名”里登记，或由村干部登记。"
        />
      ) : (
        <>
          <View className="psv-card">
            <View className="psv-subtitle">按培训类别</View>
            <Bars
              testId="stats-by-category"
              unit="人"
              rows={stats.byCategory.map((c) => ({
                key: c.category,
                label: COURSE_CATEGORY_LABEL[c.category],
                count: c.placed,
              }))}
            />
          </View>
          <View className="psv-card">
            <View className="psv-subtitle">按村</View>
            <Bars
              testId="stats-by-village"
              unit="人"
              rows={stats.byVillage.map((v) => ({
                key: v.villageId ?? 'none',
                label: v.villageName ?? '（未填村）',
                count: v.placed,
              }))}
            />
          </View>
          <View className="psv-card">
            <View className="psv-subtitle">去了哪里（用工单位）</View>
            <Bars
              testId="stats-by-employer"
              unit="人"
              rows={stats.byEmployer.map((e) => ({
                key: e.employer,
                label: e.employer,
                count: e.placed,
                note: `工种：${e.jobTypes.join('、')}`,
              }))}
            />
          </View>
          <View className="psv-card">
            <View className="psv-subtitle">月收入分布</View>
            <Bars
              testId="stats-by-income"
              unit="份工作"
              rows={stats.byIncomeBand.map((b) => ({
                key: b.band,
                label: INCOME_BAND_LABEL[b.band],
                count: b.jobs,
              }))}
            />
          </View>
        </>
      )}
    </View>
  );
}

/** 劳务输出统计 for cadres and admins: people placed after training, in the caller's unit. */
export function EmploymentStatsView() {
  const stats = useEmploymentStats();
  if (stats.state === 'loading') return <LoadingState />;
  if (stats.state === 'error')
    return (
      <ErrorState message={stats.error.message} code={stats.error.code} onRetry={stats.reload} />
    );
  return <StatsCards stats={stats.data} />;
}
