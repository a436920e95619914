import { INCOME_LINES, incomeLineFor } from './income-lines';

test.each<[number, number, number, boolean]>([
  [2023, 2023, 7200, false],
  [2024, 2024, 7800, false],
  [2025, 2025, 8100, true],
  [2026, 2026, 8400, true],
  [2027, 2027, 8700, true],
  [2031, 2027, 8700, true],
  [2020, 2023, 7200, false],
])('the line for %i is %i’s %i 元 (demo %s)', (year, lineYear, yuan, demo) => {
  expect(incomeLineFor(year)).toMatchObject({ year: lineYear, yuanPerPerson: yuan, demo });
});

test('Gansu’s published years are not demo, later years are, and every line names its source', () => {
  const years = INCOME_LINES.map((l) => l.year);
  expect(new Set(years).size).toBe(years.length);
  for (const l of INCOME_LINES) {
    expect(l.demo).toBe(l.year > 2024);
    expect(l.source.length).toBeGreaterThan(0);
  }
});
