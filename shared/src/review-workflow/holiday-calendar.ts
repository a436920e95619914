/**
 * China's public holidays and make-up working days (调休上班), as data. Deadlines in working days
 * count Monday–Friday, minus the holidays below, plus the make-up Saturdays/Sundays below.
 *
 * 2026: 《国务院办公厅关于2026年部分节假日安排的通知》 (国办发明电〔2025〕号, published 2025-11).
 * 2027: PROVISIONAL — the statutory holiday dates (《全国年节及纪念日放假办法》, 2024 revision) on
 * their lunar/solar dates, with the usual bridging; replace with the State Council's 2027 notice
 * as soon as it is published. Dates outside the table count as plain weekdays/weekends.
 */
export interface HolidayYear {
  year: number;
  /** Where the dates come from, and whether the city must still confirm them. */
  source: string;
  provisional: boolean;
  /** Days off that would otherwise be working days (weekend days may be listed too). */
  holidays: readonly string[];
  /** Weekend days that are working days (调休上班). */
  makeUpWorkdays: readonly string[];
}

function range(from: string, to: string): string[] {
  const out: string[] = [];
  const d = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  while (d <= end) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

export const HOLIDAY_CALENDAR: readonly HolidayYear[] = [
  {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知',
    provisional: false,
    holidays: [
      ...range('2026-01-01', '2026-01-03'), // 元旦
      ...range('2026-02-15', '2026-02-23'), // 春节
      ...range('2026-04-04', '2026-04-06'), // 清明节
      ...range('2026-05-01', '2026-05-05'), // 劳动节
      ...range('2026-06-19', '2026-06-21'), // 端午节
      ...range('2026-09-25', '2026-09-27'), // 中秋节
      ...range('2026-10-01', '2026-10-07'), // 国庆节
    ],
    makeUpWorkdays: [
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ],
  },
  {
    year: 2027,
    source: '暂定：按法定节日推算，待国务院办公厅2027年节假日安排通知发布后更新',
    provisional: true,
    holidays: [
      ...range('2027-01-01', '2027-01-03'), // 元旦 (Fri–Sun)
      ...range('2027-02-05', '2027-02-13'), // 春节 (除夕 2-05 … 初八)
      ...range('2027-04-03', '2027-04-05'), // 清明节 (4-05 Mon)
      ...range('2027-05-01', '2027-05-05'), // 劳动节
      ...range('2027-06-09', '2027-06-11'), // 端午节 (6-09 Wed; bridged to Fri)
      ...range('2027-09-15', '2027-09-17'), // 中秋节 (9-15 Wed; bridged to Fri)
      ...range('2027-10-01', '2027-10-07'), // 国庆节
    ],
    makeUpWorkdays: ['2027-02-20', '2027-05-08', '2027-06-12', '2027-09-18', '2027-10-09'],
  },
];
