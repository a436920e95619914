import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { usePagedList } from '../households/use-paged-list';
import { PlanSummary } from './plan-summary';
import { QueueItem } from './queue-item/queue-item';
import type { ReportSummary } from './risk-work-api';
import { riskCasePath } from './risk-work-paths';

const WITH_PLAN: readonly ReportSummary['status'][] = [
  'assisting',
  'elimination_proposed',
  'elimination_town_reviewed',
  'resolved',
];
const ignore = () => undefined;

function LatestPlan({ reportId }: { reportId: string }) {
  const report = useRemoteData(() => api.risk.get({ reportId }));
  if (report.state !== 'ready' || !report.data.plan) return null;
  return (
    <PlanSummary
      report={report.data}
      plan={report.data.plan}
      canUpdate={false}
      onDone={ignore}
      onConflict={ignore}
    />
  );
}

/** On the 户情 360° page: the household's 返贫风险 reports, and the 119 plan with its measures. */
export function HouseholdRiskSection({ householdId }: { householdId: string }) {
  const list = usePagedList<ReportSummary>(
    (cursor) =>
      api.risk.queue({ view: 'all', householdId, limit: 10, ...(cursor ? { cursor } : {}) }),
    householdId,
  );
  const withPlan = list.items.find((r) => WITH_PLAN.includes(r.status));
  return (
    <View className="psv-card" data-testid="household-risk" data-state={list.state}>
      <View className="psv-subtitle">返贫风险申报</View>
      {list.state === 'loading' && <LoadingState />}
      {list.state === 'error' && list.error && (
        <ErrorState message={list.error.message} onRetry={list.reload} />
      )}
      {list.state === 'ready' && list.items.length === 0 && (
        <EmptyState title="这户没有返贫风险申报" />
      )}
      {list.items.map((item) => (
        <QueueItem
          key={item.reportId}
          item={item}
          onOpen={() => void Taro.navigateTo({ url: riskCasePath(item.reportId) })}
        />
      ))}
      {list.state === 'ready' && list.hasMore && (
        <View className="psv-button" onClick={list.loadMore}>
          <Text>{list.loadingMore ? '正在加载…' : '更多申报'}</Text>
        </View>
      )}
      {withPlan && <LatestPlan key={withPlan.reportId} reportId={withPlan.reportId} />}
    </View>
  );
}
