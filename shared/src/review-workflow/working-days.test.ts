import { HOLIDAY_CALENDAR } from './holiday-calendar';
import {
  addWorkingDays,
  calendarDaysBetween,
  chinaDate,
  CHINA_WORKING_CALENDAR,
  endOfChinaDay,
  workingCalendar,
  workingDaysBetween,
} from './working-days';

const working = (d: string) => CHINA_WORKING_CALENDAR.isWorkingDay(d);

describe('which days are working days in China', () => {
  test.each<[string, boolean, string]>([
    ['2026-12-02', true, 'a plain Wednesday'],
    ['2026-12-05', false, 'a plain Saturday'],
    ['2026-12-06', false, 'a plain Sunday'],
    ['2026-01-01', false, '元旦'],
    ['2026-01-04', true, 'the Sunday worked for 元旦'],
    ['2026-02-14', true, 'the Saturday worked before 春节'],
    ['2026-02-16', false, '春节 on a Monday'],
    ['2026-02-23', false, 'the last day of 春节'],
    ['2026-02-24', true, 'the first working day after 春节'],
    ['2026-02-28', true, 'the Saturday worked after 春节'],
    ['2026-04-06', false, '清明 Monday'],
    ['2026-05-05', false, '劳动节 Tuesday'],
    ['2026-05-09', true, 'the Saturday worked for 劳动节'],
    ['2026-06-19', false, '端午 Friday'],
    ['2026-09-20', true, 'the Sunday worked before 国庆'],
    ['2026-09-25', false, '中秋 Friday'],
    ['2026-10-01', false, '国庆'],
    ['2026-10-07', false, 'the last day of 国庆'],
    ['2026-10-10', true, 'the Saturday worked after 国庆'],
    ['2027-01-01', false, '元旦 2027 (provisional)'],
    ['2027-02-08', false, '春节 2027 Monday (provisional)'],
    ['2027-02-20', true, 'the Saturday worked after 春节 2027 (provisional)'],
    ['2027-10-09', true, 'the Saturday worked after 国庆 2027 (provisional)'],
    ['2028-10-02', true, 'a year outside the table counts as plain weekdays'],
  ])('%s is working: %s (%s)', (day, expected) => {
    expect(working(day)).toBe(expected);
  });

  test('every make-up working day in the table is a weekend day, and no day is both off and on', () => {
    for (const y of HOLIDAY_CALENDAR) {
      for (const d of y.makeUpWorkdays) {
        expect([0, 6]).toContain(new Date(`${d}T00:00:00Z`).getUTCDay());
        expect(y.holidays).not.toContain(d);
        expect(d.startsWith(String(y.year))).toBe(true);
      }
      for (const d of y.holidays) expect(d.startsWith(String(y.year))).toBe(true);
    }
  });

  test('2027 is marked provisional, 2026 is the State Council notice', () => {
    expect(HOLIDAY_CALENDAR.find((y) => y.year === 2026)?.provisional).toBe(false);
    expect(HOLIDAY_CALENDAR.find((y) => y.year === 2027)?.provisional).toBe(true);
  });

  test('a calendar built from other data uses that data', () => {
    const cal = workingCalendar([
      {
        year: 2030,
        source: 't',
        provisional: true,
        holidays: ['2030-01-02'],
        makeUpWorkdays: ['2030-01-05'],
      },
    ]);
    expect(cal.isWorkingDay('2030-01-02')).toBe(false);
    expect(cal.isWorkingDay('2030-01-05')).toBe(true);
    expect(cal.isWorkingDay('2026-10-01')).toBe(true);
  });
});

describe('adding working days (the start day does not count)', () => {
  test.each<[string, number, string, string]>([
    ['2026-11-30', 5, '2026-12-07', 'Monday + 5 = next Monday'],
    ['2026-12-04', 1, '2026-12-07', 'Friday + 1 skips the weekend'],
    ['2026-12-05', 1, '2026-12-07', 'from a Saturday, the next working day is Monday'],
    ['2026-12-02', 0, '2026-12-02', '0 days is the day itself'],
    ['2026-09-30', 5, '2026-10-13', '国庆: 10-08, 10-09, make-up Saturday 10-10, 10-12, 10-13'],
    ['2026-09-18', 2, '2026-09-21', 'make-up Sunday 09-20 before 国庆 counts'],
    ['2026-09-24', 1, '2026-09-28', '中秋 09-25 to 09-27 is skipped'],
    ['2026-02-12', 5, '2026-02-26', '春节: 02-13, make-up Saturday 02-14, then 02-24 … 02-26'],
    ['2026-02-12', 10, '2026-03-04', '春节 with both make-up Saturdays 02-14 and 02-28'],
    ['2026-04-29', 5, '2026-05-09', '劳动节: 04-30, then 05-06 … 05-08, make-up Saturday 05-09'],
    ['2026-04-03', 1, '2026-04-07', '清明 04-04 to 04-06'],
    ['2026-12-31', 1, '2027-01-04', '元旦 2027 across the year end'],
    ['2027-02-04', 3, '2027-02-17', '春节 2027 (provisional) 02-05 to 02-13'],
    ['2027-02-18', 2, '2027-02-20', 'make-up Saturday 2027-02-20 (provisional)'],
  ])('%s + %i working days = %s (%s)', (from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected);
  });
});

describe('working days between two dates (from exclusive, to inclusive)', () => {
  test.each<[string, string, number]>([
    ['2026-12-02', '2026-12-02', 0],
    ['2026-11-30', '2026-12-07', 5],
    ['2026-12-04', '2026-12-07', 1],
    ['2026-12-05', '2026-12-07', 1],
    ['2026-09-30', '2026-10-13', 5],
    ['2026-10-01', '2026-10-07', 0],
    ['2026-02-12', '2026-03-04', 10],
    ['2026-12-08', '2026-12-07', -1],
    ['2026-12-08', '2026-12-04', -2],
    ['2026-10-13', '2026-09-30', -5],
  ])('%s → %s = %i', (from, to, n) => {
    expect(workingDaysBetween(from, to)).toBe(n);
  });

  test('is the inverse of adding working days', () => {
    for (const from of ['2026-09-28', '2026-02-10', '2026-04-28', '2026-12-30']) {
      for (let n = 1; n <= 12; n += 1)
        expect(workingDaysBetween(from, addWorkingDays(from, n))).toBe(n);
    }
  });
});

describe('China time (UTC+8, no daylight saving)', () => {
  test.each<[string, string, string]>([
    ['2026-12-01T15:30:00Z', '2026-12-01', '23:30 in China is still the 1st'],
    ['2026-12-01T16:00:00Z', '2026-12-02', 'midnight in China is the 2nd'],
    ['2026-12-01T16:30:00Z', '2026-12-02', '00:30 in China is the 2nd while UTC is the 1st'],
    ['2026-12-31T16:00:00Z', '2027-01-01', 'the new year starts 8 hours before UTC'],
    ['2026-07-01T15:59:59.999Z', '2026-07-01', 'no summer time'],
  ])('%s is %s (%s)', (iso, day) => {
    expect(chinaDate(new Date(iso))).toBe(day);
  });

  test('a day ends at 23:59:59.999 China time, 15:59:59.999 UTC', () => {
    expect(endOfChinaDay('2026-12-08').toISOString()).toBe('2026-12-08T15:59:59.999Z');
    expect(chinaDate(endOfChinaDay('2026-12-08'))).toBe('2026-12-08');
    expect(chinaDate(new Date(endOfChinaDay('2026-12-08').getTime() + 1))).toBe('2026-12-09');
  });

  test('calendar days count every day, weekends and holidays too', () => {
    expect(calendarDaysBetween('2026-09-30', '2026-10-05')).toBe(5);
    expect(calendarDaysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(calendarDaysBetween('2026-12-05', '2026-12-01')).toBe(-4);
  });
});
