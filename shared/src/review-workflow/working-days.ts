import type { HolidayYear } from './holiday-calendar';
import { HOLIDAY_CALENDAR } from './holiday-calendar';

/** A calendar date in China (YYYY-MM-DD). Deadlines are whole local days, not instants. */
export type LocalDate = string;

/** China has one time zone and no daylight saving: local time is UTC+8 all year. */
const CHINA_OFFSET_MS = 8 * 3600_000;

/** The date in China at this instant (a report filed at 23:30 on the 1st counts from the 1st). */
export function chinaDate(at: Date): LocalDate {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a local date ends in China (23:59:59.999 +08:00): "due on the 8th" = before this. */
export function endOfChinaDay(day: LocalDate): Date {
  return new Date(Date.parse(`${day}T23:59:59.999Z`) - CHINA_OFFSET_MS);
}

function addDays(day: LocalDate, n: number): LocalDate {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export interface WorkingCalendar {
  isWorkingDay(day: LocalDate): boolean;
}

export function workingCalendar(years: readonly HolidayYear[] = HOLIDAY_CALENDAR): WorkingCalendar {
  const off = new Set(years.flatMap((y) => y.holidays));
  const on = new Set(years.flatMap((y) => y.makeUpWorkdays));
  return {
    isWorkingDay(day) {
      if (on.has(day)) return true;
      if (off.has(day)) return false;
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    },
  };
}

export const CHINA_WORKING_CALENDAR = workingCalendar();

/**
 * The date `n` working days after `from` (the day itself does not count: a report filed on a
 * Monday with 5 working days is due the next Monday). `n = 0` is `from` itself.
 */
export function addWorkingDays(
  from: LocalDate,
  n: number,
  cal: WorkingCalendar = CHINA_WORKING_CALENDAR,
): LocalDate {
  let day = from;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (cal.isWorkingDay(day)) left -= 1;
  }
  return day;
}

/**
 * Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is earlier. The
 * number of working days left until a due date, counting the due day itself.
 */
export function workingDaysBetween(
  from: LocalDate,
  to: LocalDate,
  cal: WorkingCalendar = CHINA_WORKING_CALENDAR,
): number {
  if (from === to) return 0;
  const forward = from < to;
  let day = from;
  let n = 0;
  while (day !== to) {
    day = addDays(day, forward ? 1 : -1);
    const counted = forward ? day : addDays(day, 1);
    if (cal.isWorkingDay(counted)) n += 1;
  }
  return forward || n === 0 ? n : -n;
}

/** Calendar days from one local date to another (for 公示 periods, which count every day). */
export function calendarDaysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export { addDays as addCalendarDays };
