/** Where a 防贫保险 claim stands (issue 14). */
export const CLAIM_STATUSES = [
  'reported',
  'materials_checked',
  'town_reviewed',
  'surveyed',
  'approved',
  'paid',
  'returned',
  'rejected',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STATUS_LABEL: Record<ClaimStatus, string> = {
  reported: '已报案，等村里核对材料',
  materials_checked: '村里已核对材料，等镇上审核',
  town_reviewed: '镇上已审核，等保险公司查勘',
  surveyed: '保险公司已查勘，等市里审定',
  approved: '市里已审定，公示后赔付',
  paid: '已赔付',
  returned: '退回补充材料',
  rejected: '未通过',
};

/** Short step names for the progress bar the family sees. */
export const CLAIM_PROGRESS_STEPS = [
  { status: 'reported', label: '报案' },
  { status: 'materials_checked', label: '村核材料' },
  { status: 'town_reviewed', label: '镇审核' },
  { status: 'surveyed', label: '保险查勘' },
  { status: 'approved', label: '市审定·公示' },
  { status: 'paid', label: '已赔付' },
] as const;
