import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CLAIM_STATUS_LABEL } from '@shared/claims/claim-statuses';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { householdDetailPath, isOfficial } from '../households/official-roles';
import { DeadlineMark } from '../risk-work/deadline-mark';
import { ClaimDocuments } from './claim-documents';
import { ClaimFacts } from './claim-facts';
import { REVIEW_STAGES } from './claim-review-form';
import { ClaimReviewPanel } from './claim-review-panel';
import { ClaimSteps } from './claim-steps';
import { ClaimTags } from './claim-tags';
import type { ClaimView } from './claims-work-api';
import { CLAIM_LEVEL_LABEL, claimTypeText } from './claims-work-labels';
import type { ClaimsWorkRole } from './claims-work-roles';
import { MarkPaidPanel } from './mark-paid-panel';
import { useClaimCase } from './use-claim-case';
import '../risk-work/risk-work.css';

const DONE_TEXT: Partial<Record<ClaimView['status'], string>> = {
  materials_checked: '材料已核对齐全，报镇上审核。',
  town_reviewed: '已审核通过，转保险公司入户查勘。',
  surveyed: '查勘结果已记录，报市里审定。',
  approved: '已审定，村内公示开始；公示结束后保险公司赔付。',
  paid: '已登记赔付。',
  returned: '已退回，农户会看到要补充的材料。',
  rejected: '已不予通过，农户会看到原因，可以申请复核一次。',
};

/**
 * One claim for a reviewer: the facts, the papers with their photos, the steps, and what the
 * caller may do now (review at their stage, or the insurer's payment after the 公示).
 */
export function ClaimCase({ claimId, role }: { claimId: string; role: ClaimsWorkRole }) {
  const c = useClaimCase(claimId);
  // A decision's answer or a conflict is said at the top: bring it into view.
  useEffect(() => {
    if (c.notice) void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined);
  }, [c.notice]);
  if (!claimId) return <EmptyState title="没有指定理赔" hint="请从待办里点开一件。" />;
  if (c.data.state === 'loading') return <LoadingState text="正在读取理赔…" />;
  if (c.data.state === 'error')
    return <ErrorState message={c.data.error.message} onRetry={c.reload} />;
  const claim = c.data.view;
  const done = (view: ClaimView) => c.replace(view, DONE_TEXT[view.status] ?? '已保存。');
  const conflict = (message: string) => c.afterConflict(message, claim.version);
  const reviewing = claim.can.review && REVIEW_STAGES.includes(claim.status);
  const villageChecking = reviewing && claim.status === 'reported';
  const paying = claim.status === 'approved' && (claim.can.markPaid || role === 'insurer');
  return (
    <View data-testid="claim-case" data-status={claim.status} data-version={claim.version}>
      <View className="psv-card" data-testid="claim-case-head">
        <View className="psv-subtitle">
          {claim.subjectName}
          {claim.villageName ? `（${claim.villageName}）` : ''} · {claimTypeText(claim.type)}理赔
        </View>
        <View data-testid="claim-case-status">{CLAIM_STATUS_LABEL[claim.status]}</View>
        <ClaimTags claim={claim} />
        {claim.deadline && (
          <DeadlineMark
            deadline={claim.deadline}
            label={claim.waitingFor ? `${CLAIM_LEVEL_LABEL[claim.waitingFor]}办理期限` : '期限'}
          />
        )}
      </View>
      {c.notice && (
        <View
          className={c.notice.tone === 'warning' ? 'psv-notice' : 'psv-card'}
          role="status"
          data-testid="claim-case-notice"
          data-tone={c.notice.tone}
        >
          {c.notice.text}
        </View>
      )}
      <ClaimFacts claim={claim} />
      {!villageChecking && <ClaimDocuments claim={claim} />}
      {reviewing && (
        <ClaimReviewPanel
          key={`${claim.claimId}-${claim.version}`}
          claim={claim}
          onDone={done}
          onConflict={conflict}
        />
      )}
      {paying && (
        <MarkPaidPanel
          key={`${claim.claimId}-${claim.version}-paid`}
          claim={claim}
          onDone={done}
          onConflict={conflict}
        />
      )}
      <ClaimSteps steps={claim.steps} />
      {isOfficial(role) && (
        <View
          className="psv-button"
          data-testid="claim-open-household"
          onClick={() => void Taro.navigateTo({ url: householdDetailPath(claim.householdId) })}
        >
          <Text>查看这户的档案</Text>
        </View>
      )}
    </View>
  );
}
