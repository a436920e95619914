import { DEMO_CLAIM_SCHEME } from '@shared/claims/claim-schemes';
import type { ClaimStatus, ClaimStep, ClaimTypeCode, ClaimWaitingFor } from './claims-work-api';

/** 因病 / 因学 … from the (demo) scheme. */
export function claimTypeText(type: ClaimTypeCode): string {
  return DEMO_CLAIM_SCHEME.types[type].label;
}

export const CLAIM_TYPE_LABEL: Record<ClaimTypeCode, string> = {
  illness: claimTypeText('illness'),
  education: claimTypeText('education'),
  disaster: claimTypeText('disaster'),
  accident: claimTypeText('accident'),
};

export const CLAIM_LEVEL_LABEL: Record<ClaimWaitingFor, string> = {
  family: '农户',
  village: '村里',
  town: '镇上',
  insurer: '保险公司',
  city: '市里',
};

/** Short status names for filter chips (the full sentence is CLAIM_STATUS_LABEL). */
export const CLAIM_STATUS_SHORT_LABEL: Record<ClaimStatus, string> = {
  reported: '待村核材料',
  materials_checked: '待镇审核',
  town_reviewed: '待保险查勘',
  surveyed: '待市审定',
  approved: '公示·待赔付',
  paid: '已赔付',
  returned: '已退回',
  rejected: '未通过',
};

export const CLAIM_STEP_LABEL: Record<ClaimStep['kind'], string> = {
  submitted: '申请理赔',
  approved: '审核通过',
  returned: '退回补充材料',
  rejected: '不予通过',
  resubmitted: '补充后重新提交',
  appealed: '申请复核',
  paid: '已赔付',
};

/** A bank account as the app ever shows it: ****1234. */
export function bankText(bank: { name: string; accountLast4: string }): string {
  return `${bank.name} ****${bank.accountLast4}`;
}
