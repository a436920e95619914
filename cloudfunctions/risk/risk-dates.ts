import type { LocalDate } from '../../shared/src/review-workflow/working-days';

/** 12月8日 — dates as a villager reads them. */
export function plainDate(day: LocalDate): string {
  return `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
}
