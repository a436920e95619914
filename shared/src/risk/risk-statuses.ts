/** Where a 返贫风险 report stands (DESIGN.md §2). */
export const RISK_STATUSES = [
  'submitted',
  'village_verified',
  'town_reviewed',
  'city_approved',
  'assisting',
  'elimination_proposed',
  'elimination_town_reviewed',
  'resolved',
  'returned',
  'rejected',
] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const RISK_STATUS_LABEL: Record<RiskStatus, string> = {
  submitted: '已提交，等村里核实',
  village_verified: '村里已核实，等镇上审核',
  town_reviewed: '镇上已审核，等市里审定',
  city_approved: '已纳入监测，等制定帮扶计划',
  assisting: '正在帮扶',
  elimination_proposed: '申请风险消除，等镇上审核',
  elimination_town_reviewed: '风险消除等市里审定',
  resolved: '风险已消除',
  returned: '退回补充材料',
  rejected: '未通过',
};

/** Short step names for the progress bar the family sees. */
export const RISK_PROGRESS_STEPS = [
  { status: 'submitted', label: '提交申报' },
  { status: 'village_verified', label: '村监测' },
  { status: 'town_reviewed', label: '镇审核' },
  { status: 'city_approved', label: '市审定' },
  { status: 'assisting', label: '119帮扶' },
  { status: 'resolved', label: '风险消除' },
] as const;
