/*
 * Household labels come from shared/ (its zod-free labels module, so the packages stay small);
 * this file adds the client's display formats.
 */
export {
  CATEGORY_LABEL,
  FOLDER_COLOUR,
  FOLDER_LABEL,
  HOUSEHOLD_CATEGORIES,
  MONITOR_TYPES,
  MONITOR_TYPE_LABEL,
  RELATION_LABEL,
  categoryText,
} from '../../../../shared/src/households/household-labels';

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
