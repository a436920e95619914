import { View } from '@tarojs/components';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { PlanEditor } from './plan-editor';
import { useCaseHousehold, useRiskCase } from './use-risk-case';

/** The plan editor for one report, once it is read; a plain sentence when the caller may not. */
export function PlanScreen({ reportId }: { reportId: string }) {
  const c = useRiskCase(reportId);
  const report = c.data.state === 'ready' ? c.data.report : null;
  const { household } = useCaseHousehold(report?.householdId ?? null, 0);
  if (!reportId) return <EmptyState title="没有指定申报" hint="请从申报详情里点“制定帮扶计划”。" />;
  if (c.data.state === 'loading') return <LoadingState text="正在读取申报…" />;
  if (c.data.state === 'error')
    return <ErrorState message={c.data.error.message} onRetry={c.reload} />;
  const r = c.data.report;
  return (
    <View>
      {c.notice && c.notice.tone === 'warning' && (
        <View className="psv-notice" role="status" data-testid="plan-notice">
          {c.notice.text}
        </View>
      )}
      {r.can.setPlan ? (
        <PlanEditor
          key={r.reportId}
          report={r}
          members={household ? household.members : null}
          onSaved={(view) => c.replace(view, '已保存。')}
          onConflict={(message) => c.afterConflict(message, r.version)}
        />
      ) : (
        <EmptyState
          title="现在不能制定帮扶计划"
          hint="市里审定纳入监测后（或绿色通道），由村、镇或市里的工作人员制定。"
        />
      )}
    </View>
  );
}
