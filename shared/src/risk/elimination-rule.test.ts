import type { EliminationFacts } from './elimination-rule';
import { eliminationProblems, MIN_MONITORED_MONTHS } from './elimination-rule';
import type { MemberForLabour } from './labour-capacity';

const worker: MemberForLabour = { age: 40, health: 'healthy', disabledSince: null };
const elder: MemberForLabour = { age: 72, health: 'chronic', disabledSince: null };
const base: EliminationFacts = {
  monitoredSince: '2026-01-10T02:00:00Z',
  now: new Date('2026-12-02T02:00:00Z'),
  measures: [{ status: 'done' }, { status: 'planned' }],
  incomePerHead: 9000,
  members: [worker, elder],
};
const problems = (f: Partial<EliminationFacts>) => eliminationProblems({ ...base, ...f });

test('a household that meets every condition may be proposed', () => {
  expect(MIN_MONITORED_MONTHS).toBe(6);
  expect(problems({})).toEqual([]);
});

describe('monitored at least 6 months, counted in China dates', () => {
  test.each<[string, string, boolean]>([
    ['2026-06-02T02:00:00Z', '2026-12-02T02:00:00Z', true],
    ['2026-06-03T02:00:00Z', '2026-12-02T02:00:00Z', false],
    ['2026-03-31T02:00:00Z', '2026-09-30T02:00:00Z', true], // month end: 09-31 does not exist
    ['2026-03-31T02:00:00Z', '2026-09-29T02:00:00Z', false],
    ['2026-08-31T02:00:00Z', '2027-02-28T02:00:00Z', true], // into February
    ['2026-08-31T02:00:00Z', '2027-02-27T02:00:00Z', false],
    ['2026-07-15T02:00:00Z', '2027-01-15T02:00:00Z', true], // across the year end
    // Approved 00:30 China time on 06-03 (UTC still 06-02): six months end on 12-03.
    ['2026-06-02T16:30:00Z', '2026-12-02T02:00:00Z', false],
  ])('monitored since %s, at %s: old enough %s', (since, now, ok) => {
    const p = problems({ monitoredSince: since, now: new Date(now) });
    expect(p.some((m) => m.startsWith('纳入监测还不满6个月'))).toBe(!ok);
  });

  test('the refusal names the first day it may be proposed', () => {
    expect(
      problems({ monitoredSince: '2026-08-31T02:00:00Z', now: new Date('2026-12-02T02:00:00Z') }),
    ).toEqual(['纳入监测还不满6个月，2027年2月28日以后才能申请风险消除。']);
  });
});

test.each<[string, EliminationFacts['measures'], boolean]>([
  ['no measures at all', [], false],
  ['only planned and in progress', [{ status: 'planned' }, { status: 'in_progress' }], false],
  ['one done', [{ status: 'in_progress' }, { status: 'done' }], true],
])('measures: %s → allowed %s', (_n, measures, ok) => {
  expect(problems({ measures }).includes('还没有一项帮扶措施办好，至少要有一项落实到位。')).toBe(
    !ok,
  );
});

describe('income at or above that year’s line', () => {
  const at = (y: number) => new Date(`${y}-12-02T02:00:00Z`);
  const since = (y: number) => `${y}-01-02T02:00:00Z`;
  test.each<[number, number, boolean]>([
    [2023, 7199, false],
    [2023, 7200, true],
    [2023, 7201, true],
    [2024, 7799, false],
    [2024, 7800, true],
    [2024, 7200, false],
    [2026, 8399, false],
    [2026, 8400, true],
    [2030, 8699, false], // a year not in the table uses the nearest earlier year (2027: 8,700)
    [2030, 8700, true],
    [2022, 7199, false], // before the table: its first year (2023)
    [2022, 7200, true],
  ])('in %i, %i 元 a head → allowed %s', (year, income, ok) => {
    const p = problems({ now: at(year), monitoredSince: since(year), incomePerHead: income });
    expect(p.some((m) => m.startsWith('家庭人均纯收入'))).toBe(!ok);
  });

  test('the refusal gives the figure and the line in plain words', () => {
    expect(
      problems({
        incomePerHead: 7000,
        now: new Date('2024-12-02T02:00:00Z'),
        monitoredSince: '2024-01-02T02:00:00Z',
      }),
    ).toEqual(['家庭人均纯收入 7000 元，低于2024年的监测范围 7800 元。']);
  });
});

test.each<[string, MemberForLabour[], boolean]>([
  ['one member of working age', [worker, elder], true],
  ['only elders', [elder, { ...elder, age: 80 }], false],
  [
    'the only adult seriously ill, the rest children',
    [
      { ...worker, health: 'serious' },
      { age: 8, health: 'healthy', disabledSince: null },
    ],
    false,
  ],
  ['the only adult disabled', [{ ...worker, disabledSince: '2020-01-01' }, elder], false],
])('labour: %s → allowed %s', (_n, members, ok) => {
  expect(
    problems({ members }).includes('全家都没有劳动能力，按规定不标注风险消除，继续跟踪帮扶。'),
  ).toBe(!ok);
});

test('every reason is listed at once', () => {
  expect(
    problems({
      monitoredSince: '2026-11-01T02:00:00Z',
      measures: [],
      incomePerHead: 100,
      members: [elder],
    }),
  ).toHaveLength(4);
});
