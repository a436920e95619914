import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api } from '../../api/api';
import type { RemoteData } from '../../api/use-remote-data';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import type { DashboardView, HouseholdSummary } from './households-api';
import { householdDetailPath } from './official-roles';
import { OverdueReviewList } from './overdue-review-list';
import { usePagedList } from './use-paged-list';

/** 待办: households with warnings, and how many reviews are past due (from the dashboard). */
export function PendingItems({
  dashboard,
}: {
  dashboard: RemoteData<DashboardView> & { reload: () => void };
}) {
  const warnings = usePagedList<HouseholdSummary>(
    (cursor) => api.households.warnings({ limit: 10, ...(cursor ? { cursor } : {}) }),
    'warnings',
  );
  const [showOverdue, setShowOverdue] = useState(false);
  return (
    <View className="psv-card" data-testid="pending-items">
      <View className="psv-subtitle">待办事项</View>
      {dashboard.state === 'ready' && (
        <View
          className="psv-row"
          data-testid="overdue-reviews"
          role="button"
          aria-expanded={showOverdue}
          onClick={() => setShowOverdue((shown) => !shown)}
        >
          <Text>到期未复核的三类户 {showOverdue ? '▾' : '›'}</Text>
          <Text
            className={
              dashboard.data.overdueReviews > 0
                ? 'psv-badge psv-badge--failed'
                : 'psv-badge psv-badge--sent'
            }
          >
            {dashboard.data.overdueReviews} 户
          </Text>
        </View>
      )}
      {dashboard.state === 'ready' && showOverdue && <OverdueReviewList />}
      {dashboard.state === 'error' && (
        <View className="psv-field__error">{dashboard.error.message}</View>
      )}
      <View className="psv-field__label">有预警的农户</View>
      {warnings.state === 'loading' && <LoadingState />}
      {warnings.state === 'error' && warnings.error && (
        <ErrorState message={warnings.error.message} onRetry={warnings.reload} />
      )}
      {warnings.state === 'ready' && warnings.items.length === 0 && (
        <EmptyState title="暂时没有预警" hint="有农户收入过低或支出过大时，会出现在这里。" />
      )}
      {warnings.items.map((h) => (
        <View
          key={h.householdId}
          className="psv-field"
          data-testid="warning-household"
          onClick={() => void Taro.navigateTo({ url: householdDetailPath(h.householdId) })}
        >
          <View className="psv-row">
            <Text>
              {h.headName}（{h.villageName ?? ''}）
            </Text>
            <Text className="psv-text-secondary">查看 ›</Text>
          </View>
          {h.warnings.map((w) => (
            <View key={w.ruleId} className="psv-field__error">
              ⚠ {w.message}
            </View>
          ))}
        </View>
      ))}
      {warnings.state === 'ready' && warnings.hasMore && (
        <View className="psv-button" onClick={warnings.loadMore}>
          <Text>{warnings.loadingMore ? '正在加载…' : '更多预警'}</Text>
        </View>
      )}
    </View>
  );
}
