import { compareInstants, Instant, toCanonicalInstant } from './instant';

describe('Instant', () => {
  test.each([
    ['2026-12-01T08:00:00+08:00', '2026-12-01T00:00:00.000Z'],
    ['2026-12-01T00:00:00Z', '2026-12-01T00:00:00.000Z'],
    ['2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z'],
    ['2026-12-01T07:30:00+08:00', '2026-11-30T23:30:00.000Z'],
    ['2026-11-30T20:00:00-05:00', '2026-12-01T01:00:00.000Z'],
    ['2026-12-01T00:00:00.123456+08:00', '2026-11-30T16:00:00.123Z'],
  ])('%s is the instant %s', (input, canonical) => {
    expect(Instant.parse(input)).toBe(canonical);
  });

  test.each([
    ['no offset', '2026-12-01T08:00:00'],
    ['date only', '2026-12-01'],
    ['not a time', '明天上午'],
    ['bad hour', '2026-12-01T25:00:00Z'],
    ['empty', ''],
  ])('refuses %s', (_, input) => {
    expect(toCanonicalInstant(input)).toBeNull();
  });
});

describe('compareInstants', () => {
  test.each([
    // Text order and time order disagree for these: "08:00+08:00" is before "01:00Z".
    ['2026-12-01T08:00:00+08:00', '2026-12-01T01:00:00Z', -1],
    ['2026-12-01T09:00:00+08:00', '2026-12-01T00:30:00Z', 1],
    ['2026-12-01T08:00:00+08:00', '2026-12-01T00:00:00.000Z', 0],
    ['2026-11-30T23:59:59Z', '2026-12-01T08:00:00+08:00', -1],
  ])('%s vs %s → %i', (a, b, sign) => {
    expect(Math.sign(compareInstants(a, b))).toBe(sign);
  });
});
