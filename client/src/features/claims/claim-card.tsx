import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CLAIM_STATUS_LABEL } from '@shared/claims/claim-statuses';
import { DEMO_CLAIM_SCHEME } from '@shared/claims/claim-schemes';
import { PROXY_RELATIONS } from '@shared/risk/risk-catalogue';
import { spokenInstant } from '../risk/risk-dates';
import { ClaimProgress } from './claim-progress';
import { ClaimIcon } from './claim-type-cards';
import { yuanText } from './claim-words';
import type { ClaimView } from './claims-api';
import { claimPath } from './claims-paths';

/** 代为申请：马小明（子女）, or null for the family's own claim. */
export function claimFiledByText(claim: ClaimView): string | null {
  if (!claim.proxy && !claim.filedBy.relation) return null;
  const relation = claim.filedBy.relation ? `（${PROXY_RELATIONS[claim.filedBy.relation]}）` : '';
  return `代为申请：${claim.filedBy.name}${relation}`;
}

export function claimStatusTone(claim: Pick<ClaimView, 'status'>): string {
  if (claim.status === 'rejected') return ' psv-risk-status--stopped';
  if (claim.status === 'returned') return ' psv-risk-status--family';
  return '';
}

/** The money line: 已赔付 / 审定 / 查勘核定 / 预计, whichever is the latest known. */
export function claimAmountText(claim: ClaimView): string {
  if (claim.status === 'paid' && claim.approvedAmount !== null)
    return `已赔付 ${yuanText(claim.approvedAmount)}`;
  if (claim.approvedAmount !== null) return `审定赔付 ${yuanText(claim.approvedAmount)}`;
  if (claim.assessedAmount !== null) return `保险公司核定 ${yuanText(claim.assessedAmount)}`;
  return `预计可赔约 ${yuanText(claim.estimate)}，以审核为准`;
}

/** One claim in 我的理赔: type, status, progress, amount, who filed; tap for the details. */
export function ClaimCard({ claim }: { claim: ClaimView }) {
  const byProxy = claimFiledByText(claim);
  const open = () => void Taro.navigateTo({ url: claimPath(claim.claimId) });
  return (
    <View
      className="psv-card"
      data-testid="claim-card"
      data-claim-id={claim.claimId}
      data-status={claim.status}
      onClick={open}
    >
      <View className="psv-risk-card__head">
        <Text className="psv-subtitle">
          {claim.subjectName} · {DEMO_CLAIM_SCHEME.types[claim.type].label}
        </Text>
        <Text className={`psv-risk-status${claimStatusTone(claim)}`} data-testid="claim-status">
          {CLAIM_STATUS_LABEL[claim.status]}
        </Text>
      </View>
      <View className="psv-risk-tags">
        <View className="psv-risk-tag">
          <ClaimIcon type={claim.type} small />
          <Text>{DEMO_CLAIM_SCHEME.types[claim.type].label}</Text>
        </View>
        {claim.late && (
          <View className="psv-risk-tag" data-testid="claim-late-tag">
            <Text>迟报</Text>
          </View>
        )}
      </View>
      <ClaimProgress claim={claim} />
      <View className="psv-risk-next" data-testid="claim-amount">
        <Text>{claimAmountText(claim)}</Text>
      </View>
      {byProxy && (
        <View className="psv-text-secondary" data-testid="claim-filed-by">
          {byProxy}
        </View>
      )}
      <View className="psv-text-secondary">
        {spokenInstant(claim.submittedAt)} 提交{claim.demo ? ' · 演示数据' : ''}
      </View>
      <View className="psv-button" data-testid="claim-open">
        <Text>看详细进度 ›</Text>
      </View>
    </View>
  );
}
