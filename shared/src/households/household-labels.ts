/**
 * Household vocabulary without zod, so the client can import it without pulling the schema
 * library into its packages. `household-category.ts` builds the zod enums from these lists.
 */
export const HOUSEHOLD_CATEGORIES = ['general', 'lifted', 'monitored'] as const;
export type HouseholdCategory = (typeof HOUSEHOLD_CATEGORIES)[number];

export const MONITOR_TYPES = ['unstable', 'marginal', 'sudden_hardship'] as const;
export type MonitorType = (typeof MONITOR_TYPES)[number];

export const RELATIONS = [
  'head',
  'spouse',
  'child',
  'parent',
  'grandchild',
  'sibling',
  'other',
] as const;
export type Relation = (typeof RELATIONS)[number];

export type FolderColour = 'green' | 'blue' | 'red';

export const FOLDER_COLOUR: Record<HouseholdCategory, FolderColour> = {
  general: 'green',
  lifted: 'blue',
  monitored: 'red',
};

export const FOLDER_LABEL: Record<FolderColour, string> = {
  green: '绿色档案',
  blue: '蓝色档案',
  red: '红色档案',
};

export const CATEGORY_LABEL: Record<HouseholdCategory, string> = {
  general: '一般户',
  lifted: '已脱贫户',
  monitored: '三类户',
};

export const MONITOR_TYPE_LABEL: Record<MonitorType, string> = {
  unstable: '脱贫不稳定户',
  marginal: '边缘易致贫户',
  sudden_hardship: '突发严重困难户',
};

export const RELATION_LABEL: Record<Relation, string> = {
  head: '户主',
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  grandchild: '孙子女',
  sibling: '兄弟姐妹',
  other: '其他',
};

export function folderColour(category: HouseholdCategory): FolderColour {
  return FOLDER_COLOUR[category];
}

/** "三类户（边缘易致贫户）", or just the category's name. */
export function categoryText(category: HouseholdCategory, monitorType: MonitorType | null): string {
  const base = CATEGORY_LABEL[category];
  return category === 'monitored' && monitorType
    ? `${base}（${MONITOR_TYPE_LABEL[monitorType]}）`
    : base;
}
