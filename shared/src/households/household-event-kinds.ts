/**
 * The one registry of household timeline events. A feature that puts something on a family's
 * timeline adds its kinds here and writes them with `recordHouseholdEvent`; the households
 * function never changes for it.
 */
export const HOUSEHOLD_EVENT_KINDS = {
  'household.created': '建立户情档案',
  'household.updated': '更新户情信息',
  'household.category_changed': '调整户类',
  'household.member_joined': '家庭成员加入',
  'household.join_requested': '申请关联家庭',
  'household.join_declined': '拒绝关联申请',
  'household.member_removed': '移出家庭成员账号',
  'feedback.submitted': '提交意见反馈',
  'training.enrolled': '报名技能培训',
  'training.completed': '技能培训结业',
  'training.employed': '培训后就业',
  'risk.submitted': '返贫风险申报',
  'risk.village_verified': '村里入户核实',
  'risk.town_reviewed': '镇上审核通过',
  'risk.monitored': '纳入防返贫监测',
  'risk.returned': '申报退回补充',
  'risk.rejected': '申报未通过',
  'risk.resubmitted': '补充后重新提交',
  'risk.appealed': '申请复核',
  'risk.linked': '代为申报关联到本户',
  'risk.plan_set': '制定帮扶计划',
  'risk.measure_updated': '帮扶措施进展',
  'risk.elimination_proposed': '申请风险消除',
  'risk.elimination_town_reviewed': '风险消除镇上审核通过',
  'risk.elimination_returned': '风险消除暂不通过',
  'risk.resolved': '风险已消除',
  'claims.reported': '申请防贫保险理赔',
  'claims.materials_checked': '理赔材料村里核对通过',
  'claims.town_reviewed': '理赔镇上审核通过',
  'claims.surveyed': '保险公司入户查勘',
  'claims.approved': '理赔市里审定',
  'claims.paid': '理赔款已赔付',
  'claims.returned': '理赔退回补充材料',
  'claims.rejected': '理赔未通过',
  'claims.resubmitted': '理赔补充材料后重新提交',
  'claims.appealed': '理赔申请复核',
} as const satisfies Record<string, string>;

export type HouseholdEventKind = keyof typeof HOUSEHOLD_EVENT_KINDS;
