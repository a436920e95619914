import { ELIGIBILITY_RULES } from './eligibility-rules-data';
import { PolicyContent } from './policies-contract';
import { DEMO_POLICIES, ILLUSTRATIVE_NOTE } from './policy-content';
import { POLICY_CATEGORIES } from './policy-labels';

const ids = DEMO_POLICIES.map((p) => p.policyId);
const known = new Set(ids);

describe('demo policy content', () => {
  test.each(DEMO_POLICIES.map((p) => [p.policyId, p] as const))(
    '%s parses as PolicyContent',
    (_id, { policyId: _policyId, ...content }) => {
      const parsed = PolicyContent.safeParse(content);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    },
  );

  test.each(DEMO_POLICIES.map((p) => [p.policyId, p] as const))(
    '%s is written for a villager: summary, 3–6 paragraphs, 2–4 FAQ, everyday keywords',
    (_id, p) => {
      expect(p.summary.length).toBeGreaterThan(10);
      expect(p.body.length).toBeGreaterThanOrEqual(3);
      expect(p.body.length).toBeLessThanOrEqual(6);
      expect(p.faq.length).toBeGreaterThanOrEqual(2);
      expect(p.faq.length).toBeLessThanOrEqual(4);
      expect(p.keywords.length).toBeGreaterThanOrEqual(5);
      expect(new Set(p.keywords).size).toBe(p.keywords.length);
    },
  );

  test('there are at least 12 policies and their ids are unique and valid', () => {
    expect(DEMO_POLICIES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{2,60}$/);
  });

  test('the programme’s policies are all covered', () => {
    const titles = DEMO_POLICIES.map((p) => `${p.title} ${p.summary}`).join('\n');
    for (const name of [
      '十五年免费教育',
      '城乡居民基本医疗保险',
      '大病保险',
      '医疗救助',
      '低保',
      '特困',
      '养老保险',
      '防贫保险',
      '创业担保贷款',
      '小额信贷',
      '技能培训',
      '四个不摘',
      '危房改造',
      '残疾人两项补贴',
      '雨露计划',
    ]) {
      expect(titles).toContain(name);
    }
  });

  test('every illustrative amount says so in its text', () => {
    const examples = DEMO_POLICIES.flatMap((p) => p.examples);
    expect(examples.some((e) => e.illustrative)).toBe(true);
    for (const e of examples.filter((x) => x.illustrative))
      expect(e.text).toContain(ILLUSTRATIVE_NOTE);
  });

  test('an example with a yuan amount that is not marked illustrative only repeats a policy’s own figures', () => {
    const unmarked = DEMO_POLICIES.flatMap((p) =>
      p.examples
        .filter((e) => !e.illustrative && /\d+(\.\d+)?万?元/.test(e.text))
        .map(() => p.policyId),
    );
    // 脱贫人口小额信贷: 5万元 and 3年 are the national terms, not a local standard.
    expect(unmarked).toEqual(['lifted-small-loans']);
  });

  test('every category has a policy; 产业发展 is a demo (示例)', () => {
    const categories = new Set(DEMO_POLICIES.map((p) => p.category));
    for (const c of POLICY_CATEGORIES) expect([c, categories.has(c)]).toEqual([c, true]);
    for (const p of DEMO_POLICIES.filter((x) => x.category === 'industry'))
      expect(p.sourceDocument).toContain('示例');
  });

  test('a demo source is said to be a demo in the text too', () => {
    for (const p of DEMO_POLICIES.filter((x) => x.sourceDocument.includes('示例'))) {
      expect(`${p.summary}${p.body.join('')}`).toContain('示例');
    }
  });

  test('every rule names a known policy, has a condition, a reason and a valid next step', () => {
    const ruleIds = ELIGIBILITY_RULES.map((r) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const rule of ELIGIBILITY_RULES) {
      expect(known.has(rule.policyId)).toBe(true);
      expect(rule.when.length).toBeGreaterThan(0);
      expect(rule.reason.length).toBeGreaterThan(5);
      if (rule.nextStep.target === 'policy') {
        expect(rule.nextStep.policyId).toBeDefined();
        expect(known.has(rule.nextStep.policyId ?? '')).toBe(true);
      } else {
        expect(rule.nextStep.policyId).toBeUndefined();
      }
    }
  });

  test('every policy can be reached from the self-check', () => {
    const reached = new Set(ELIGIBILITY_RULES.map((r) => r.policyId));
    expect(ids.filter((id) => !reached.has(id))).toEqual([]);
  });
});
