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
} as const satisfies Record<string, string>;

export type HouseholdEventKind = keyof typeof HOUSEHOLD_EVENT_KINDS;
