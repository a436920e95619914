/**
 * 监测范围: the per-capita net income line by year (RULES-monitoring.md A3). Gansu published
 * 7,200 元 for 2023 and 7,800 元 for 2024 (中新网 2024-08-13); later years are DEMO values that
 * the city replaces with the province's published figure each year.
 */
export const INCOME_LINES: readonly {
  year: number;
  yuanPerPerson: number;
  demo: boolean;
  source: string;
}[] = [
  { year: 2023, yuanPerPerson: 7200, demo: false, source: '甘肃省2023年防返贫监测范围' },
  { year: 2024, yuanPerPerson: 7800, demo: false, source: '甘肃省2024年防返贫监测范围' },
  { year: 2025, yuanPerPerson: 8100, demo: true, source: '演示：待省里公布' },
  { year: 2026, yuanPerPerson: 8400, demo: true, source: '演示：待省里公布' },
  { year: 2027, yuanPerPerson: 8700, demo: true, source: '演示：待省里公布' },
];

/** The line for a year; a year not in the table uses the nearest earlier one (or the first). */
export function incomeLineFor(year: number): (typeof INCOME_LINES)[number] {
  const sorted = [...INCOME_LINES].sort((a, b) => a.year - b.year);
  let pick = sorted[0];
  for (const l of sorted) if (l.year <= year) pick = l;
  if (!pick) throw new Error('INCOME_LINES is empty');
  return pick;
}
