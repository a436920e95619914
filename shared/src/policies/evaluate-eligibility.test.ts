import type { EligibilityAnswers } from './eligibility-answers';
import type { EligibilityRule } from './eligibility-rule';
import { ELIGIBILITY_RULES } from './eligibility-rules-data';
import type { EligibilityPolicy } from './evaluate-eligibility';
import { evaluateEligibility } from './evaluate-eligibility';
import { DEMO_POLICIES } from './policy-content';

const none: EligibilityAnswers = {
  householdCategory: 'general',
  inSchool: { preschool: 0, primary: 0, junior: 0, senior: 0, vocational: 0, college: 0 },
  chronicIllness: false,
  seriousIllness: false,
  aged60Plus: 0,
  disability: false,
  disasterLoss: false,
  accidentInjury: false,
  lowIncome: false,
  wantsTraining: false,
  wantsBusiness: false,
};
type Change = Omit<Partial<EligibilityAnswers>, 'inSchool'> & {
  inSchool?: Partial<EligibilityAnswers['inSchool']>;
};
const answers = (change: Change): EligibilityAnswers => ({
  ...none,
  ...change,
  inSchool: { ...none.inSchool, ...change.inSchool },
});
const check = (change: Change) =>
  evaluateEligibility(answers(change), ELIGIBILITY_RULES, DEMO_POLICIES);
const matchedIds = (change: Change) => check(change).map((m) => m.policyId);

const MEDICAL = ['basic-medical-insurance', 'serious-illness-insurance', 'medical-assistance'];

describe('the demo rules', () => {
  test.each<[string, Change, string[]]>([
    ['a family with nothing to report matches nothing', {}, []],
    [
      'an unknown household category with nothing to report matches nothing',
      { householdCategory: 'unknown' },
      [],
    ],
    ['a lifted household alone: 四个不摘', { householdCategory: 'lifted' }, ['four-no-removals']],
    [
      'a monitored household alone: its assistance plan',
      { householdCategory: 'monitored' },
      ['return-poverty-monitoring'],
    ],
    ['a child in preschool', { inSchool: { preschool: 1 } }, ['free-education-15-years']],
    ['a child in primary school', { inSchool: { primary: 1 } }, ['free-education-15-years']],
    ['a child in junior high', { inSchool: { junior: 1 } }, ['free-education-15-years']],
    ['a child in senior high', { inSchool: { senior: 1 } }, ['free-education-15-years']],
    [
      'two children at two stages: one entry',
      { inSchool: { primary: 2, senior: 1 } },
      ['free-education-15-years'],
    ],
    ['a vocational student in a general household', { inSchool: { vocational: 1 } }, []],
    ['a college student in a general household', { inSchool: { college: 1 } }, []],
    [
      'a vocational student in a lifted household: 雨露计划',
      { householdCategory: 'lifted', inSchool: { vocational: 1 } },
      ['rain-dew-plan', 'four-no-removals'],
    ],
    [
      'a college student in a monitored household: 雨露计划 and 因学防贫',
      { householdCategory: 'monitored', inSchool: { college: 1 } },
      ['rain-dew-plan', 'poverty-prevention-insurance', 'return-poverty-monitoring'],
    ],
    [
      'a chronic illness in a general household: medical insurance only',
      { chronicIllness: true },
      ['basic-medical-insurance'],
    ],
    [
      'a chronic illness in a lifted household: all three medical policies',
      { householdCategory: 'lifted', chronicIllness: true },
      [...MEDICAL, 'four-no-removals'],
    ],
    [
      'a serious illness in a general household: insurance, 大病保险, self-report',
      { seriousIllness: true },
      ['basic-medical-insurance', 'serious-illness-insurance', 'return-poverty-monitoring'],
    ],
    [
      'a serious illness in a monitored household: all medical support and 因病防贫',
      { householdCategory: 'monitored', seriousIllness: true },
      [...MEDICAL, 'poverty-prevention-insurance', 'return-poverty-monitoring'],
    ],
    [
      'a serious illness in a lifted household: 因病防贫 and a self-report too',
      { householdCategory: 'lifted', seriousIllness: true },
      [...MEDICAL, 'poverty-prevention-insurance', 'return-poverty-monitoring', 'four-no-removals'],
    ],
    [
      'a chronic illness on a low income: 医疗救助 and 低保',
      { chronicIllness: true, lowIncome: true },
      [
        'basic-medical-insurance',
        'medical-assistance',
        'subsistence-allowance',
        'return-poverty-monitoring',
      ],
    ],
    ['one member aged 60 or over: pension', { aged60Plus: 1 }, ['resident-pension']],
    ['three members aged 60 or over: pension', { aged60Plus: 3 }, ['resident-pension']],
    ['a disabled member: 两项补贴', { disability: true }, ['disability-two-subsidies']],
    [
      'a disabled member on a low income: 低保, 特困, 两项补贴',
      { disability: true, lowIncome: true },
      [
        'subsistence-allowance',
        'extreme-hardship-support',
        'disability-two-subsidies',
        'return-poverty-monitoring',
      ],
    ],
    [
      'an elderly member on a low income: 低保, 特困, pension',
      { aged60Plus: 1, lowIncome: true },
      [
        'subsistence-allowance',
        'extreme-hardship-support',
        'resident-pension',
        'return-poverty-monitoring',
      ],
    ],
    [
      'a low income alone: 低保 and a self-report',
      { lowIncome: true },
      ['subsistence-allowance', 'return-poverty-monitoring'],
    ],
    [
      'a disaster loss in a general household: housing, 因灾防贫, self-report',
      { disasterLoss: true },
      ['rural-housing-safety', 'poverty-prevention-insurance', 'return-poverty-monitoring'],
    ],
    [
      'a disaster loss in a monitored household: no second self-report',
      { householdCategory: 'monitored', disasterLoss: true },
      ['rural-housing-safety', 'poverty-prevention-insurance', 'return-poverty-monitoring'],
    ],
    [
      'an accident in a household of unknown category: 意外 and self-report',
      { householdCategory: 'unknown', accidentInjury: true },
      ['poverty-prevention-insurance', 'return-poverty-monitoring'],
    ],
    ['wants training', { wantsTraining: true }, ['free-skills-training']],
    [
      'wants a business in a general household: 创业担保贷款 only',
      { wantsBusiness: true },
      ['business-guaranteed-loan'],
    ],
    [
      'wants a business in a lifted household: also 产业奖补 and 小额信贷',
      { householdCategory: 'lifted', wantsBusiness: true },
      [
        'business-guaranteed-loan',
        'industry-development-support',
        'lifted-small-loans',
        'four-no-removals',
      ],
    ],
    [
      'wants a business in a monitored household: also 产业奖补 and 小额信贷',
      { householdCategory: 'monitored', wantsBusiness: true },
      [
        'business-guaranteed-loan',
        'industry-development-support',
        'lifted-small-loans',
        'return-poverty-monitoring',
      ],
    ],
    [
      'the acceptance case: lifted, senior-high child, chronic illness',
      { householdCategory: 'lifted', inSchool: { senior: 1 }, chronicIllness: true },
      ['free-education-15-years', ...MEDICAL, 'four-no-removals'],
    ],
    [
      'everything at once: every policy, in the policies’ order',
      {
        householdCategory: 'lifted',
        inSchool: { preschool: 1, primary: 1, junior: 1, senior: 1, vocational: 1, college: 1 },
        chronicIllness: true,
        seriousIllness: true,
        aged60Plus: 2,
        disability: true,
        disasterLoss: true,
        accidentInjury: true,
        lowIncome: true,
        wantsTraining: true,
        wantsBusiness: true,
      },
      DEMO_POLICIES.map((p) => p.policyId),
    ],
  ])('%s', (_name, change, expected) => {
    expect(matchedIds(change)).toEqual(expected);
  });

  test('the acceptance case gives each policy its reasons and next steps', () => {
    const result = check({
      householdCategory: 'lifted',
      inSchool: { senior: 1 },
      chronicIllness: true,
    });
    const education = result.find((m) => m.policyId === 'free-education-15-years');
    expect(education?.title).toBe('十五年免费教育');
    expect(education?.category).toBe('education');
    expect(education?.reasons).toEqual([expect.stringContaining('高中')]);
    for (const id of MEDICAL) {
      const match = result.find((m) => m.policyId === id);
      expect(match?.category).toBe('medical');
      expect(match?.reasons.length).toBeGreaterThan(0);
      expect(match?.nextSteps).toEqual([
        { label: expect.any(String), target: 'policy', policyId: id },
      ]);
    }
  });

  test.each<[string, Change, RegExp]>([
    ['preschool', { inSchool: { preschool: 1 } }, /幼儿园/],
    ['primary', { inSchool: { primary: 1 } }, /小学/],
    ['junior', { inSchool: { junior: 1 } }, /初中/],
    ['senior', { inSchool: { senior: 1 } }, /高中/],
  ])('the education reason names the %s stage', (_stage, change, stage) => {
    expect(check(change)[0]?.reasons).toEqual([expect.stringMatching(stage)]);
  });

  test('children at two stages give two reasons and one next step', () => {
    const [education] = check({ inSchool: { primary: 1, junior: 1 } });
    expect(education?.reasons).toHaveLength(2);
    expect(education?.nextSteps).toHaveLength(1);
  });

  test('因病、因灾、意外 lead to the claim form; the same reason is listed once', () => {
    const insurance = check({
      householdCategory: 'monitored',
      seriousIllness: true,
      disasterLoss: true,
      accidentInjury: true,
    }).find((m) => m.policyId === 'poverty-prevention-insurance');
    expect(insurance?.reasons).toHaveLength(3);
    expect(insurance?.nextSteps).toEqual([{ label: '申请防贫保险理赔', target: 'claims' }]);
  });

  test('wanting training leads to the course list', () => {
    expect(check({ wantsTraining: true })[0]?.nextSteps).toEqual([
      { label: '看培训课程并报名', target: 'training' },
    ]);
  });

  test('low-income reasons for 医疗救助 are not repeated when both illnesses are reported', () => {
    const assistance = check({ chronicIllness: true, seriousIllness: true, lowIncome: true }).find(
      (m) => m.policyId === 'medical-assistance',
    );
    expect(assistance?.reasons).toHaveLength(1);
  });
});

describe('evaluateEligibility', () => {
  const policies: EligibilityPolicy[] = [
    { policyId: 'b', title: '乙', category: 'medical' },
    { policyId: 'a', title: '甲', category: 'education' },
  ];
  const rule = (id: string, policyId: string, when: EligibilityRule['when']): EligibilityRule => ({
    id,
    policyId,
    when,
    reason: `理由${id}`,
    nextStep: { label: `去${policyId}`, target: 'policy', policyId },
  });
  const run = (rules: EligibilityRule[], a: Change = {}) =>
    evaluateEligibility(answers(a), rules, policies).map((m) => m.policyId);

  test.each<[string, EligibilityRule['when'], Change, boolean]>([
    [
      'equals on a boolean',
      [{ field: 'chronicIllness', equals: true }],
      { chronicIllness: true },
      true,
    ],
    ['equals on a boolean that differs', [{ field: 'chronicIllness', equals: true }], {}, false],
    [
      'equals on a string',
      [{ field: 'householdCategory', equals: 'lifted' }],
      { householdCategory: 'lifted' },
      true,
    ],
    [
      'equals does not convert types',
      [{ field: 'aged60Plus', equals: '1' }],
      { aged60Plus: 1 },
      false,
    ],
    [
      'in a list',
      [{ field: 'householdCategory', in: ['lifted', 'monitored'] }],
      { householdCategory: 'monitored' },
      true,
    ],
    ['not in the list', [{ field: 'householdCategory', in: ['lifted', 'monitored'] }], {}, false],
    ['in never matches an object', [{ field: 'inSchool', in: ['x'] }], {}, false],
    [
      'atLeast on a nested count, reached',
      [{ field: 'inSchool.senior', atLeast: 2 }],
      { inSchool: { senior: 2 } },
      true,
    ],
    [
      'atLeast on a nested count, not reached',
      [{ field: 'inSchool.senior', atLeast: 2 }],
      { inSchool: { senior: 1 } },
      false,
    ],
    [
      'atLeast on a boolean never matches',
      [{ field: 'lowIncome', atLeast: 0 }],
      { lowIncome: true },
      false,
    ],
    [
      'all conditions must hold',
      [
        { field: 'lowIncome', equals: true },
        { field: 'aged60Plus', atLeast: 1 },
      ],
      { lowIncome: true },
      false,
    ],
    ['an unknown field never matches', [{ field: 'income', atLeast: 0 }], {}, false],
    ['an unknown nested field never matches', [{ field: 'inSchool.phd', atLeast: 0 }], {}, false],
    [
      'a path through a number never matches',
      [{ field: 'aged60Plus.value', atLeast: 0 }],
      {},
      false,
    ],
    ['an inherited name never matches', [{ field: 'constructor', in: ['Object'] }], {}, false],
    ['a prototype path never matches', [{ field: '__proto__.toString', equals: false }], {}, false],
    ['an empty path never matches', [{ field: '', equals: '' }], {}, false],
  ])('%s', (_name, when, a, matches) => {
    expect(run([rule('r', 'a', when)], a)).toEqual(matches ? ['a'] : []);
  });

  test('results follow the policies’ order, not the rules’', () => {
    const always = [{ field: 'householdCategory', in: ['general'] }];
    expect(run([rule('1', 'a', always), rule('2', 'b', always)])).toEqual(['b', 'a']);
  });

  test('rules for an unknown policy are ignored', () => {
    const always = [{ field: 'householdCategory', equals: 'general' }];
    expect(run([rule('1', 'gone', always), rule('2', 'a', always)])).toEqual(['a']);
  });

  test('a policy listed twice is returned once', () => {
    const always = [{ field: 'householdCategory', equals: 'general' }];
    const twice = [...policies, { policyId: 'a', title: '甲', category: 'education' as const }];
    expect(
      evaluateEligibility(none, [rule('1', 'a', always)], twice).map((m) => m.policyId),
    ).toEqual(['a']);
  });

  test('each match carries the policy’s title and category, all reasons and distinct next steps', () => {
    const always = [{ field: 'householdCategory', equals: 'general' }];
    const result = evaluateEligibility(
      none,
      [
        rule('1', 'a', always),
        rule('2', 'a', always),
        { ...rule('3', 'a', always), reason: '理由1' },
      ],
      policies,
    );
    expect(result).toEqual([
      {
        policyId: 'a',
        title: '甲',
        category: 'education',
        reasons: ['理由1', '理由2'],
        nextSteps: [{ label: '去a', target: 'policy', policyId: 'a' }],
      },
    ]);
  });

  test('no rules, no matches', () => {
    expect(evaluateEligibility(none, [], policies)).toEqual([]);
  });
});
