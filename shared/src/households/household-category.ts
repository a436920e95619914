import { z } from 'zod';
import { HOUSEHOLD_CATEGORIES, MONITOR_TYPES } from './household-labels';
import type { HouseholdCategory as Category, MonitorType as Monitor } from './household-labels';

export {
  CATEGORY_LABEL,
  FOLDER_COLOUR,
  MONITOR_TYPE_LABEL,
  folderColour,
} from './household-labels';
export type { FolderColour } from './household-labels';

/** 户类 (DESIGN.md §2). The folder colour is derived from the category, never stored. */
export const HouseholdCategory = z.enum(HOUSEHOLD_CATEGORIES);
export type HouseholdCategory = Category;

/** 三类户 kinds; only `monitored` households have one. */
export const MonitorType = z.enum(MONITOR_TYPES);
export type MonitorType = Monitor;

/** The pair is consistent: monitored ⇔ a monitor type. Returns a villager-facing problem or null. */
export function categoryProblem(
  category: HouseholdCategory,
  monitorType: MonitorType | null | undefined,
): string | null {
  if (category === 'monitored' && !monitorType) return '三类户需要选择监测类型';
  if (category !== 'monitored' && monitorType) return '只有三类户才需要监测类型';
  return null;
}
