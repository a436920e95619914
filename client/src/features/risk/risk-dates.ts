/** China has one time zone and no daylight saving: local time is UTC+8 all year. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's date in China as YYYY-MM-DD. */
export function chinaToday(now: number = Date.now()): string {
  return new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Moves a YYYY-MM-DD date by whole days (calendar arithmetic in UTC, no time zone drift). */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** Moves a date by whole months, keeping the day when the month has it (else its last day). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0),
  ).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/**
 * A YYYY-MM-DD date as a villager says it: 「12月8日」, with the year only when it is not this
 * year's (「2027年1月5日」).
 */
export function spokenDate(date: string, today: string = chinaToday()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  const [, y, m, d] = match;
  const md = `${Number(m)}月${Number(d)}日`;
  return y === today.slice(0, 4) ? md : `${y}年${md}`;
}

/** An ISO instant as China local date and time: 「12月2日 14:05」. */
export function spokenInstant(iso: string, today: string = chinaToday()): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const local = new Date(t + CHINA_OFFSET_MS).toISOString();
  return `${spokenDate(local.slice(0, 10), today)} ${local.slice(11, 16)}`;
}

/** The China local date of an ISO instant, YYYY-MM-DD. */
export function chinaDateOf(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '' : new Date(t + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
