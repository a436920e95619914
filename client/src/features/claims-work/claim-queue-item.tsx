import { Text, View } from '@tarojs/components';
import { CLAIM_STATUS_LABEL } from '@shared/claims/claim-statuses';
import { DeadlineMark } from '../risk-work/deadline-mark';
import { instantText, yuanText } from '../risk-work/risk-work-labels';
import { ClaimTags } from './claim-tags';
import type { ClaimSummary } from './claims-work-api';
import { claimTypeText } from './claims-work-labels';
import '../risk-work/risk-work.css';

/** The amount that counts now: approved, else assessed, else the family's estimate. */
export function currentAmountText(claim: ClaimSummary): string {
  if (claim.approvedAmount !== null) return `审定 ${yuanText(claim.approvedAmount)}`;
  if (claim.assessedAmount !== null) return `查勘核定 ${yuanText(claim.assessedAmount)}`;
  return `预计 ${yuanText(claim.estimate)}`;
}

/** One claim in 待办 / 全部: who, where, which type, the amount, its tags and its due date. */
export function ClaimQueueItem({ item, onOpen }: { item: ClaimSummary; onOpen: () => void }) {
  const overdue = item.deadline?.overdue === true;
  return (
    <View
      className={`psv-risk-item${overdue ? ' psv-risk-item--overdue' : ''}`}
      data-testid="claim-queue-item"
      data-claim-id={item.claimId}
      data-status={item.status}
      data-overdue={overdue ? 'yes' : 'no'}
      onClick={onOpen}
      aria-label={`${item.subjectName}，${CLAIM_STATUS_LABEL[item.status]}${overdue ? '，已超期' : ''}`}
    >
      <View className="psv-risk-item__head">
        <Text>
          {item.subjectName}
          {item.villageName ? `（${item.villageName}）` : ''}
        </Text>
        <Text className="psv-text-secondary">查看 ›</Text>
      </View>
      <View data-testid="claim-status">{CLAIM_STATUS_LABEL[item.status]}</View>
      <View className="psv-text-secondary" data-testid="claim-type-amount">
        {claimTypeText(item.type)}理赔 · {currentAmountText(item)}
      </View>
      <ClaimTags claim={item} />
      {item.deadline ? (
        <DeadlineMark deadline={item.deadline} />
      ) : (
        <View className="psv-text-secondary">暂无期限</View>
      )}
      <View className="psv-text-secondary">申请于 {instantText(item.submittedAt)}</View>
    </View>
  );
}
