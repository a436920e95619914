import { z } from 'zod';

/** 户类 (DESIGN.md §2). The folder colour is derived from the category, never stored. */
export const HouseholdCategory = z.enum(['general', 'lifted', 'monitored']);
export type HouseholdCategory = z.infer<typeof HouseholdCategory>;

/** 三类户 kinds; only `monitored` households have one. */
export const MonitorType = z.enum(['unstable', 'marginal', 'sudden_hardship']);
export type MonitorType = z.infer<typeof MonitorType>;

export type FolderColour = 'green' | 'blue' | 'red';

export const FOLDER_COLOUR: Record<HouseholdCategory, FolderColour> = {
  general: 'green',
  lifted: 'blue',
  monitored: 'red',
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

export function folderColour(category: HouseholdCategory): FolderColour {
  return FOLDER_COLOUR[category];
}

/** The pair is consistent: monitored ⇔ a monitor type. Returns a villager-facing problem or null. */
export function categoryProblem(
  category: HouseholdCategory,
  monitorType: MonitorType | null | undefined,
): string | null {
  if (category === 'monitored' && !monitorType) return '三类户需要选择监测类型';
  if (category !== 'monitored' && monitorType) return '只有三类户才需要监测类型';
  return null;
}
