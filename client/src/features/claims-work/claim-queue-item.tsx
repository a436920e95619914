import { View } from '@tarojs/components';
import { CLAIM_STATUS_LABEL } from '@shared/claims/claim-statuses';
import { CaseItem } from '../review-work/case-item';
import { instantText, yuanText } from '../risk-work/risk-work-labels';
import { ClaimTags } from './claim-tags';
import type { ClaimSummary } from './claims-work-api';
import { claimTypeText } from './claims-work-labels';

/** The amount that counts now: approved, else assessed, else the family's estimate. */
export function currentAmountText(claim: ClaimSummary): string {
  if (claim.approvedAmount !== null) return `审定 ${yuanText(claim.approvedAmount)}`;
  if (claim.assessedAmount !== null) return `查勘核定 ${yuanText(claim.assessedAmount)}`;
  return `预计 ${yuanText(claim.estimate)}`;
}

/** One claim in 待办 / 全部: who, where, which type, the amount, its tags and its due date. */
export function ClaimQueueItem({ item, onOpen }: { item: ClaimSummary; onOpen: () => void }) {
  return (
    <CaseItem
      testId="claim-queue-item"
      data={{ 'data-claim-id': item.claimId }}
      status={item.status}
      title={`${item.subjectName}${item.villageName ? `（${item.villageName}）` : ''}`}
      ariaLabel={`${item.subjectName}，${CLAIM_STATUS_LABEL[item.status]}`}
      deadline={item.deadline}
      footer={`申请于 ${instantText(item.submittedAt)}`}
      onOpen={onOpen}
    >
      <View data-testid="claim-status">{CLAIM_STATUS_LABEL[item.status]}</View>
      <View className="psv-text-secondary" data-testid="claim-type-amount">
        {claimTypeText(item.type)}理赔 · {currentAmountText(item)}
      </View>
      <ClaimTags claim={item} />
    </CaseItem>
  );
}
