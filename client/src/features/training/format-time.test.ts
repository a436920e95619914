import { formatSignupWindow } from './format-time';

// Local times (the phone's zone), so the test holds in any time zone.
const at = (y: number, m: number, d: number, h: number, min = 0) =>
  new Date(y, m - 1, d, h, min).toISOString();

test.each([
  [at(2026, 3, 1, 8), at(2026, 3, 20, 18), '2026年3月1日 08:00 至 2026年3月20日 18:00'],
  [at(2026, 12, 20, 9), at(2027, 1, 5, 17, 30), '2026年12月20日 09:00 至 2027年1月5日 17:30'],
  ['not a date', at(2026, 3, 20, 18), 'not a date 至 2026年3月20日 18:00'],
])('the sign-up window %s – %s reads with the year', (opens, closes, text) => {
  expect(formatSignupWindow(opens, closes)).toBe(text);
});
