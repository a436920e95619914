import { suggestedMonitorType } from './monitor-type-rule';

test.each<[string, 'general' | 'lifted' | 'monitored', number, number, string]>([
  ['a 脱贫户 under the line', 'lifted', 6000, 2024, 'unstable'],
  ['a 脱贫户 on the line (within the range)', 'lifted', 7800, 2024, 'unstable'],
  ['an ordinary household under the line', 'general', 6000, 2024, 'marginal'],
  ['an ordinary household on the line', 'general', 7800, 2024, 'marginal'],
  ['an ordinary household above the line', 'general', 7801, 2024, 'sudden_hardship'],
  ['a 脱贫户 above the line', 'lifted', 20000, 2024, 'sudden_hardship'],
  ['2023 uses 7,200', 'general', 7500, 2023, 'sudden_hardship'],
  ['2026 uses the demo 8,400', 'general', 8000, 2026, 'marginal'],
])('%s → %s', (_n, categoryBefore, incomePerHead, year, expected) => {
  expect(suggestedMonitorType({ categoryBefore, incomePerHead, year })).toBe(expected);
});
