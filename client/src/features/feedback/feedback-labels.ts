import type { FeedbackLevel, FeedbackStatus } from './feedback-api';

/** What the villager reads under each of their feedback. */
export const STATUS_TEXT: Record<FeedbackStatus, string> = {
  received: '已收到，等待村里答复',
  answered: '已答复',
  handled: '已处理完',
  passed_up: '已转交上级，等待答复',
};

/** Short words for officials' chips and badges. */
export const STATUS_SHORT: Record<FeedbackStatus, string> = {
  received: '新收到',
  answered: '已答复',
  handled: '已处理',
  passed_up: '已转交上级',
};

export const LEVEL_LABEL: Record<FeedbackLevel, string> = {
  village: '村里',
  town: '镇上',
  city: '市里',
};

/** The level above, as the 转交 button names it. */
export const NEXT_LEVEL_LABEL: Record<FeedbackLevel, string | null> = {
  village: '镇上',
  town: '市里',
  city: null,
};

/** 2026-12-02 14:05 in the phone's time zone (with the year: feedback is kept for long). */
export function formatTime(value: string | number): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
