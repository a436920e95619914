/** Courses are planned in Beijing time (UTC+8), whatever the phone's zone. */
const OFFSET_MS = 8 * 3_600_000;

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `2026-03-02T01:00:00.000Z` → `{ date: '2026-03-02', time: '09:00' }`. */
export function beijingParts(iso: string): { date: string; time: string } {
  const shifted = new Date(Date.parse(iso) + OFFSET_MS).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/** Whether `2026-02-30` is a real calendar day. */
export function isRealDate(date: string): boolean {
  if (!DATE_PATTERN.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

/** `('2026-03-02', '09:00')` → `2026-03-02T09:00:00+08:00`, the form the contract takes. */
export function beijingInstant(date: string, time: string): string {
  return `${date}T${time}:00+08:00`;
}

/** The Beijing calendar day `days` after the instant. */
export function beijingDatePlus(now: Date, days: number): string {
  return beijingParts(new Date(now.getTime() + days * 86_400_000).toISOString()).date;
}
