import type { FolderColour, HouseholdCategory, MonitorType, Relation } from './households-api';

/*
 * Labels of the households contract. Written out here rather than imported from
 * shared/households (whose modules import zod) so the client packages stay small; the
 * `Record<…>` types keep them complete and equal to the contract's enums.
 */

export const HOUSEHOLD_CATEGORIES = [
  'general',
  'lifted',
  'monitored',
] as const satisfies readonly HouseholdCategory[];
const everyCategoryListed: HouseholdCategory extends (typeof HOUSEHOLD_CATEGORIES)[number]
  ? true
  : never = true;
void everyCategoryListed;

export const MONITOR_TYPES = [
  'unstable',
  'marginal',
  'sudden_hardship',
] as const satisfies readonly MonitorType[];
const everyMonitorTypeListed: MonitorType extends (typeof MONITOR_TYPES)[number] ? true : never =
  true;
void everyMonitorTypeListed;

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

export const FOLDER_LABEL: Record<FolderColour, string> = {
  green: '绿色档案',
  blue: '蓝色档案',
  red: '红色档案',
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

/** "三类户（边缘易致贫户）", or just the category's name. */
export function categoryText(category: HouseholdCategory, monitorType: MonitorType | null): string {
  const base = CATEGORY_LABEL[category];
  return category === 'monitored' && monitorType
    ? `${base}（${MONITOR_TYPE_LABEL[monitorType]}）`
    : base;
}

/** 2026-11-28 14:05 in the phone's time zone; '' for an unreadable value. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Yuan with thousands separators, e.g. 12,000 元. */
export function formatYuan(amount: number): string {
  return `${Math.round(amount).toLocaleString('zh-CN')} 元`;
}

/** The folder colour is derived from the category (DESIGN.md §2), never read from elsewhere. */
export const FOLDER_COLOUR: Record<HouseholdCategory, FolderColour> = {
  general: 'green',
  lifted: 'blue',
  monitored: 'red',
};
