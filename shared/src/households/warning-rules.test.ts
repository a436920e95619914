import type { HouseholdFacts, WarningRule } from './warning-rules';
import { DEFAULT_WARNING_RULES, evaluateWarnings } from './warning-rules';

const today = new Date('2026-11-28T00:00:00Z');
const base: HouseholdFacts = {
  category: 'lifted',
  incomePerHead: 12_000,
  expenses: [],
  members: [{ disabledSince: null, health: 'healthy' }],
};
const ids = (f: Partial<HouseholdFacts>, rules: readonly WarningRule[] = DEFAULT_WARNING_RULES) =>
  evaluateWarnings({ ...base, ...f }, rules, today).map((w) => w.ruleId);

test.each<[string, Partial<HouseholdFacts>, string[]]>([
  ['a comfortable household raises nothing', {}, []],
  ['income just under the line', { incomePerHead: 7_499 }, ['low-income']],
  ['income exactly on the line is not under it', { incomePerHead: 7_500 }, []],
  [
    'a 20,000 medical bill last month',
    { expenses: [{ kind: 'medical', amount: 20_000, date: '2026-10-30' }] },
    ['big-expense'],
  ],
  [
    'a 19,999 bill is below the amount',
    { expenses: [{ kind: 'medical', amount: 19_999, date: '2026-10-30' }] },
    [],
  ],
  [
    'a big bill 91 days ago is too old',
    { expenses: [{ kind: 'disaster', amount: 50_000, date: '2026-08-29' }] },
    [],
  ],
  [
    'a big bill dated in the future is ignored',
    { expenses: [{ kind: 'disaster', amount: 50_000, date: '2026-12-30' }] },
    [],
  ],
  [
    'a member disabled 10 days ago',
    { members: [{ disabledSince: '2026-11-18', health: 'healthy' }] },
    ['new-disability'],
  ],
  [
    'a member disabled two years ago',
    { members: [{ disabledSince: '2024-11-18', health: 'healthy' }] },
    [],
  ],
  [
    'a seriously ill member',
    { members: [{ disabledSince: null, health: 'serious' }] },
    ['serious-illness'],
  ],
  [
    'a chronic illness alone is not flagged',
    { members: [{ disabledSince: null, health: 'chronic' }] },
    [],
  ],
  [
    'several at once, in rule order',
    {
      incomePerHead: 3_000,
      expenses: [{ kind: 'medical', amount: 80_000, date: '2026-11-01' }],
      members: [{ disabledSince: '2026-11-01', health: 'serious' }],
    },
    ['low-income', 'big-expense', 'new-disability', 'serious-illness'],
  ],
])('%s', (_label, facts, expected) => {
  expect(ids(facts)).toEqual(expected);
});

test('disabled rules and configured thresholds are respected', () => {
  const rules: WarningRule[] = [
    {
      id: 'line',
      kind: 'income_per_head_below',
      threshold: 10_000,
      severity: 'high',
      enabled: true,
    },
    { id: 'off', kind: 'serious_illness', severity: 'medium', enabled: false },
  ];
  expect(
    ids({ incomePerHead: 9_000, members: [{ disabledSince: null, health: 'serious' }] }, rules),
  ).toEqual(['line']);
});

test('messages are plain Chinese with amounts', () => {
  const [w] = evaluateWarnings({ ...base, incomePerHead: 6_200 }, DEFAULT_WARNING_RULES, today);
  expect(w?.message).toBe('人均年收入6,200元，低于预警线7,500元');
});
