import type { CourseRules } from './enrollment-rules';
import { mayCancel, signupRefusal } from './enrollment-rules';

const course = (over: Partial<CourseRules> = {}): CourseRules => ({
  status: 'published',
  capacity: 10,
  confirmed: 0,
  signupOpensAt: '2026-11-28T09:00:00+08:00',
  signupClosesAt: '2026-11-30T18:00:00+08:00',
  firstSessionStartsAt: '2026-12-01T09:00:00+08:00',
  minAge: 16,
  maxAge: 60,
  residentOnly: true,
  cancelHoursBefore: 24,
  ...over,
});
const villager = { age: 40, resident: true };

describe('signupRefusal compares instants, whatever the offsets', () => {
  test.each([
    // now (UTC)                  → refusal
    ['2026-11-28T00:59:59.000Z', 'not_open_yet'], // 08:59:59 in Beijing
    ['2026-11-28T01:00:00.000Z', null], // opens at 09:00 Beijing
    ['2026-11-28T02:00:00+00:00', null],
    ['2026-11-28T10:00:00+08:00', null],
    ['2026-11-30T10:00:00.000Z', null], // 18:00 Beijing: the last moment
    ['2026-11-30T10:00:01.000Z', 'closed'],
    ['2026-11-30T18:30:00+08:00', 'closed'],
  ])('at %s → %s', (now, refusal) => {
    expect(signupRefusal(course(), villager, now)).toBe(refusal);
  });

  test('a window written in UTC and a clock in Beijing time agree', () => {
    const utc = course({
      signupOpensAt: '2026-11-28T01:00:00.000Z',
      signupClosesAt: '2026-11-30T10:00:00.000Z',
    });
    expect(signupRefusal(utc, villager, '2026-11-28T08:59:00+08:00')).toBe('not_open_yet');
    expect(signupRefusal(utc, villager, '2026-11-28T09:00:00+08:00')).toBeNull();
    expect(signupRefusal(utc, villager, '2026-11-30T18:00:01+08:00')).toBe('closed');
  });
});

describe('mayCancel', () => {
  test.each([
    ['2026-11-30T00:59:59.000Z', true], // 08:59:59 Beijing, just over 24 h before
    ['2026-11-30T01:00:00.000Z', true],
    ['2026-11-30T09:00:01+08:00', false],
  ])('at %s → %s', (now, allowed) => {
    expect(mayCancel(course(), 'confirmed', now)).toBe(allowed);
  });
});
