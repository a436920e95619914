import { useEffect } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { RISK_STATUS_LABEL } from '@shared/risk/risk-statuses';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { HouseholdCard } from '../households/household-card/household-card';
import { HouseholdTimeline } from '../households/household-timeline';
import { MemberList } from '../households/member-list';
import { householdDetailPath } from '../households/official-roles';
import { DeadlineMark } from './deadline-mark';
import { EliminationForm } from './elimination-form';
import { PlanSummary } from './plan-summary';
import { RiskTags } from './queue-item/risk-tags';
import { ReportFacts } from './report-facts';
import { RiskReviewPanel } from './review-panel';
import { RiskSteps } from './risk-steps';
import type { ReportView } from './risk-work-api';
import { LEVEL_LABEL } from './risk-work-labels';
import { riskPlanPath } from './risk-work-paths';
import { useCaseHousehold, useRiskCase } from './use-risk-case';
import './risk-work.css';

const DONE_TEXT: Partial<Record<ReportView['status'], string>> = {
  village_verified: '已记录入户核实，村内公示开始，公示结束后报镇上审核。',
  town_reviewed: '已审核通过，报市里审定。',
  city_approved: '已纳入监测，请在期限内制定帮扶计划。',
  returned: '已退回，农户会看到要补充的内容。',
  rejected: '已不予通过，农户会看到原因，可以申请复核一次。',
  elimination_town_reviewed: '已同意风险消除，报市里审定。',
  resolved: '风险已消除。',
  assisting: '已保存。',
  elimination_proposed: '已提出风险消除，等镇上审核。',
};

/**
 * One report for an official: the family's report and the household's 360° context, the
 * deadline, the steps, and what the caller may do now (review, 119 plan, measures, 风险消除).
 */
export function RiskCase({ reportId }: { reportId: string }) {
  const c = useRiskCase(reportId);
  const report = c.data.state === 'ready' ? c.data.report : null;
  const { household, error: householdError } = useCaseHousehold(
    report?.householdId ?? null,
    report?.version ?? 0,
  );
  // A decision's answer or a conflict is said at the top: bring it into view.
  useEffect(() => {
    if (c.notice) void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined);
  }, [c.notice]);
  // Back from the plan editor: read again so the plan shows.
  useDidShow(() => {
    if (c.data.state === 'ready') c.reload();
  });
  if (!reportId) return <EmptyState title="没有指定申报" hint="请从待办里点开一份。" />;
  if (c.data.state === 'loading') return <LoadingState text="正在读取申报…" />;
  if (c.data.state === 'error')
    return <ErrorState message={c.data.error.message} onRetry={c.reload} />;
  const r = c.data.report;
  const done = (view: ReportView) => c.replace(view, DONE_TEXT[view.status] ?? '已保存。');
  const conflict = (message: string) => c.afterConflict(message, r.version);
  return (
    <View data-testid="risk-case" data-status={r.status} data-version={r.version}>
      <View className="psv-card" data-testid="risk-case-head">
        <View className="psv-subtitle">
          {r.subjectName}
          {r.villageName ? `（${r.villageName}）` : ''}
        </View>
        <View data-testid="risk-case-status">{RISK_STATUS_LABEL[r.status]}</View>
        <RiskTags report={r} />
        {r.deadline && r.deadline.dueOn !== r.planDeadline?.dueOn && (
          <DeadlineMark
            deadline={r.deadline}
            label={r.waitingFor ? `${LEVEL_LABEL[r.waitingFor]}办理期限` : '期限'}
          />
        )}
        {r.planDeadline && <DeadlineMark deadline={r.planDeadline} label="帮扶计划期限" />}
      </View>
      {c.notice && (
        <View
          className={c.notice.tone === 'warning' ? 'psv-notice' : 'psv-card'}
          role="status"
          data-testid="risk-case-notice"
          data-tone={c.notice.tone}
        >
          {c.notice.text}
        </View>
      )}
      <ReportFacts report={r} />
      {r.can.review && (
        <RiskReviewPanel
          key={`${r.reportId}-${r.version}`}
          report={r}
          household={household}
          onDone={done}
          onConflict={conflict}
        />
      )}
      {r.plan && (
        <PlanSummary
          report={r}
          plan={r.plan}
          canUpdate={r.can.updateMeasure}
          onDone={done}
          onConflict={conflict}
        />
      )}
      {(r.can.setPlan || r.can.proposeElimination) && (
        <View className="psv-card psv-risk-actions" data-testid="risk-case-actions">
          {r.can.setPlan && (
            <View
              className="psv-button psv-button--primary"
              data-testid="open-plan-editor"
              onClick={() => void Taro.navigateTo({ url: riskPlanPath(r.reportId) })}
            >
              <Text>{r.plan ? '修改帮扶计划' : '制定帮扶计划'}</Text>
            </View>
          )}
          {r.can.proposeElimination && (
            <EliminationForm report={r} onDone={done} onConflict={conflict} />
          )}
        </View>
      )}
      <RiskSteps steps={r.steps} />
      <View className="psv-subtitle">这户的情况</View>
      {r.householdId === null ? (
        <View className="psv-card psv-text-secondary" data-testid="risk-no-household">
          这份是代为申报，还没有对上农户档案；村里入户核实时选出对应的户。
        </View>
      ) : household ? (
        <View data-testid="risk-household">
          <HouseholdCard
            household={{ ...household, memberCount: household.members.length }}
            onOpen={() => void Taro.navigateTo({ url: householdDetailPath(household.householdId) })}
          />
          <MemberList members={household.members} />
          <HouseholdTimeline key={r.version} householdId={household.householdId} />
        </View>
      ) : householdError ? (
        <View className="psv-card psv-field__error">{householdError.message}</View>
      ) : (
        <LoadingState text="正在读取农户档案…" />
      )}
    </View>
  );
}
