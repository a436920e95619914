import { DEMO_POLICIES } from './policy-content';
import type { SearchablePolicy } from './search-policies';
import { matchesQuery, queryTerms, rankPolicies } from './search-policies';

const found = (q: string) => rankPolicies(DEMO_POLICIES, q).map((p) => p.policyId);

describe('searching the demo policies by everyday words', () => {
  test.each<[string, string[], string[]]>([
    // query, must be found, must not be found
    ['上学', ['free-education-15-years', 'rain-dew-plan'], ['lifted-small-loans']],
    ['学费', ['free-education-15-years', 'rain-dew-plan'], ['lifted-small-loans']],
    [
      '看病',
      ['basic-medical-insurance', 'serious-illness-insurance', 'medical-assistance'],
      ['free-skills-training'],
    ],
    [
      '住院',
      ['basic-medical-insurance', 'serious-illness-insurance', 'medical-assistance'],
      ['four-no-removals'],
    ],
    ['报销', ['basic-medical-insurance', 'serious-illness-insurance'], ['rain-dew-plan']],
    ['贷款', ['business-guaranteed-loan', 'lifted-small-loans'], ['subsistence-allowance']],
    ['借钱', ['business-guaranteed-loan', 'lifted-small-loans'], ['resident-pension']],
    ['盖房', ['rural-housing-safety'], ['medical-assistance']],
    ['养老', ['resident-pension'], ['business-guaranteed-loan']],
    ['低保', ['subsistence-allowance'], ['free-skills-training']],
    ['培训', ['free-skills-training'], ['resident-pension']],
    ['找工作', ['free-skills-training'], ['medical-assistance']],
    ['受灾', ['poverty-prevention-insurance', 'rural-housing-safety'], ['resident-pension']],
    ['残疾', ['disability-two-subsidies'], ['business-guaranteed-loan']],
    ['孩子上学', ['free-education-15-years'], ['lifted-small-loans']],
    // 十五年免费教育 ends at high school: a university student's family needs other help.
    ['孩子上大学', ['rain-dew-plan', 'poverty-prevention-insurance'], ['free-education-15-years']],
    ['上大学', ['rain-dew-plan', 'poverty-prevention-insurance'], ['free-education-15-years']],
    ['种地', ['industry-development-support'], ['free-education-15-years']],
    ['产业', ['industry-development-support'], ['rain-dew-plan']],
    ['养羊', ['industry-development-support', 'lifted-small-loans'], ['resident-pension']],
    ['养牛', ['lifted-small-loans'], ['business-guaranteed-loan']],
    ['脱贫', ['four-no-removals'], []],
  ])('%s', (q, mustFind, mustNotFind) => {
    const ids = found(q);
    expect(ids).toEqual(expect.arrayContaining(mustFind));
    for (const id of mustNotFind) expect(ids).not.toContain(id);
  });

  test.each<[string, string]>([
    ['上学', 'free-education-15-years'],
    ['贷款', 'business-guaranteed-loan'],
    ['小额信贷', 'lifted-small-loans'],
    ['大病', 'serious-illness-insurance'],
    ['医疗救助', 'medical-assistance'],
    ['危房', 'rural-housing-safety'],
    ['四个不摘', 'four-no-removals'],
    ['雨露计划', 'rain-dew-plan'],
    ['防贫保险', 'poverty-prevention-insurance'],
  ])('%s puts %s first', (q, first) => {
    expect(found(q)[0]).toBe(first);
  });

  test('several words: a policy matching more of them ranks first', () => {
    expect(found('看病 低保')[0]).toBe('medical-assistance');
  });

  test('a word nobody uses finds nothing', () => {
    expect(found('火箭')).toEqual([]);
  });

  test('a blank query finds nothing', () => {
    expect(found('   ')).toEqual([]);
  });
});

describe('rankPolicies', () => {
  const policy = (title: string, more: Partial<SearchablePolicy> = {}): SearchablePolicy => ({
    title,
    summary: '',
    faq: [],
    keywords: [],
    ...more,
  });
  const inFaq = policy('丁', { faq: [{ q: '问', a: '苹果' }] });
  const inSummary = policy('丙', { summary: '苹果' });
  const inKeywords = policy('乙', { keywords: ['苹果'] });
  const inTitle = policy('苹果');
  const nowhere = policy('梨');

  test('ranks by where it matched: title > keywords > summary > FAQ', () => {
    expect(rankPolicies([nowhere, inFaq, inSummary, inKeywords, inTitle], '苹果')).toEqual([
      inTitle,
      inKeywords,
      inSummary,
      inFaq,
    ]);
  });

  test('equal matches keep the given order', () => {
    const a = policy('苹果甲');
    const b = policy('苹果乙');
    expect(rankPolicies([b, a], '苹果')).toEqual([b, a]);
  });

  test('a synonym matches, but below the word itself', () => {
    const direct = policy('丙', { summary: '看病' });
    const synonym = policy('甲', { summary: '医疗' });
    expect(rankPolicies([synonym, direct], '看病')).toEqual([direct, synonym]);
  });

  test.each<[string, string, SearchablePolicy, boolean]>([
    ['in the title', '看病', policy('看病报销'), true],
    ['a keyword inside a longer query', '孩子上学', policy('甲', { keywords: ['上学'] }), true],
    ['in an FAQ answer', '贷款', policy('甲', { faq: [{ q: '问', a: '可以贷款' }] }), true],
    ['by synonym 借钱→贷款', '借钱', policy('贷款'), true],
    ['by synonym 盖房→危房', '盖房', policy('危房改造'), true],
    ['by synonym 看病→医疗', '看病', policy('医疗救助'), true],
    ['not at all', '看病', policy('甲'), false],
  ])('matchesQuery: %s (%s)', (_name, q, p, expected) => {
    expect(matchesQuery(p, q)).toBe(expected);
  });

  test('the query is split on spaces, full-width spaces and commas', () => {
    expect(queryTerms(' 看病\u3000住院，看病 ')).toEqual(['看病', '住院']);
  });
});
