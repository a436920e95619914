import { policiesContract } from '@shared/policies/policies-contract';
import { DEMO_POLICIES } from '@shared/policies/policy-content';
import type { PolicyArticle } from '../policies-api';
import { checkPolicyForm, emptyPolicyForm, formFromPolicy, toUpsertPayload } from './policy-form';

const base = DEMO_POLICIES[0];
if (!base) throw new Error('no demo policy');
const article: PolicyArticle = {
  ...base,
  version: 2,
  current: true,
  updatedAt: '2026-12-01T00:00:00.000Z',
  demo: true,
  versions: [],
};
const upsert = policiesContract.actions.upsert.input;

test('an unchanged edit is a valid new version of the same policy, FAQ and examples kept', () => {
  const form = { ...formFromPolicy(article), changeNote: '摘要改得更直白' };
  expect(checkPolicyForm(form, false)).toEqual({});
  const payload = toUpsertPayload(form, article, article);
  expect(payload).toMatchObject({
    policyId: base.policyId,
    expectedVersion: 2,
    faq: base.faq,
    keywords: base.keywords,
    changeNote: '摘要改得更直白',
  });
  expect(upsert.safeParse(payload).success).toBe(true);
});

test('errors are keyed like the server: an empty section, dates in the wrong order, a bad id', () => {
  const form = {
    ...emptyPolicyForm('2027-01-01'),
    policyId: 'Bad Id',
    title: '新政策',
    summary: '说明',
    body: ['第一段', '  '],
    sourceDocument: '《文件》',
    effectiveTo: '2026-12-31',
  };
  expect(checkPolicyForm(form, true)).toEqual({
    policyId: expect.stringContaining('小写字母'),
    'body.1': expect.stringContaining('空的'),
    effectiveTo: '截止日期不能早于生效日期',
  });
  const fixed = { ...form, policyId: 'new-policy', body: ['第一段'], effectiveTo: '' };
  expect(checkPolicyForm(fixed, true)).toEqual({});
  const payload = toUpsertPayload(fixed, null, { faq: [], examples: [] });
  expect(payload).toMatchObject({ expectedVersion: 0, effectiveTo: null });
  expect(upsert.safeParse(payload).success).toBe(true);
});
