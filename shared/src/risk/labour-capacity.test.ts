import type { MemberForLabour } from './labour-capacity';
import { canWork, wholeHouseholdWithoutLabour, WORKING_AGE } from './labour-capacity';

const m = (p: Partial<MemberForLabour>): MemberForLabour => ({
  age: 40,
  health: 'healthy',
  disabledSince: null,
  ...p,
});

test.each<[string, Partial<MemberForLabour>, boolean]>([
  ['aged 15', { age: 15 }, false],
  ['aged 16', { age: 16 }, true],
  ['aged 64', { age: 64 }, true],
  ['aged 65', { age: 65 }, false],
  ['age unknown', { age: null }, false],
  ['a chronic illness still works', { health: 'chronic' }, true],
  ['a serious illness does not', { health: 'serious' }, false],
  ['disabled does not', { disabledSince: '2019-05-01' }, false],
])('%s → can work %s', (_n, p, expected) => {
  expect(WORKING_AGE).toEqual({ min: 16, max: 64 });
  expect(canWork(m(p))).toBe(expected);
});

test.each<[string, MemberForLabour[], boolean]>([
  ['one worker among elders', [m({ age: 70 }), m({})], false],
  ['two elders', [m({ age: 70 }), m({ age: 68 })], true],
  ['a child and a seriously ill parent', [m({ age: 10 }), m({ health: 'serious' })], true],
  ['no member known: nobody to count as labour', [], true],
])('%s → wholly without labour %s', (_n, members, expected) => {
  expect(wholeHouseholdWithoutLabour(members)).toBe(expected);
});
