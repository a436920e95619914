import type { EligibilityAnswers } from '../../shared/src/policies/eligibility-answers';
import { DEMO_POLICIES } from '../../shared/src/policies/policy-content';
import { auditCollection } from '../platform/runtime/platform-collections';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { policiesFunction } from './policies-function';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(policiesFunction);
});
afterEach(() => t.cleanup());

const data = (r: Awaited<ReturnType<typeof call>>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
};
const ids = (r: Awaited<ReturnType<typeof call>>) =>
  (data(r).items as Array<{ policyId: string }>).map((p) => p.policyId);

const noAnswers: EligibilityAnswers = {
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

test('anyone can list the seeded explainers, by category', async () => {
  expect(ids(await call(null, 'list', {}))).toEqual(DEMO_POLICIES.map((p) => p.policyId));
  const medical = ids(await call(null, 'list', { category: 'medical' }));
  expect(medical).toEqual(
    expect.arrayContaining([
      'basic-medical-insurance',
      'serious-illness-insurance',
      'medical-assistance',
    ]),
  );
  expect(medical).not.toContain('free-education-15-years');
});

test.each([
  ['上学', 'free-education-15-years'],
  ['看病', 'basic-medical-insurance'],
  ['贷款', 'business-guaranteed-loan'],
])('search finds policies by the everyday word %s', async (q, expected) => {
  expect(ids(await call(null, 'search', { q }))).toContain(expected);
});

test('the self-check for a 已脱贫户 family with a senior-high student and a chronic illness', async () => {
  const r = data(
    await call(null, 'checkEligibility', {
      answers: {
        ...noAnswers,
        householdCategory: 'lifted',
        inSchool: { ...noAnswers.inSchool, senior: 1 },
        chronicIllness: true,
      },
    }),
  );
  const matches = r.matches as Array<{ policyId: string; reasons: string[]; nextSteps: unknown[] }>;
  const got = matches.map((m) => m.policyId);
  expect(got).toEqual(
    expect.arrayContaining([
      'free-education-15-years',
      'basic-medical-insurance',
      'serious-illness-insurance',
      'medical-assistance',
    ]),
  );
  for (const m of matches) {
    expect(m.reasons.length).toBeGreaterThan(0);
    expect(m.nextSteps.length).toBeGreaterThan(0);
  }
  expect(matches.find((m) => m.policyId === 'free-education-15-years')?.reasons.join()).toContain(
    '高中',
  );
  // Nothing about the answers is stored.
  expect(await t.store.collection(auditCollection).count()).toBe(0);
});

test('bad answers are refused with field errors', async () => {
  expect(
    await call(null, 'checkEligibility', {
      answers: { ...noAnswers, aged60Plus: -1, householdCategory: 'rich' },
    }),
  ).toMatchObject({
    ok: false,
    error: {
      code: 'VALIDATION_FAILED',
      fieldErrors: {
        'answers.aged60Plus': expect.any(String),
        'answers.householdCategory': expect.any(String),
      },
    },
  });
});

test('upsert is admin only and versioned: the old text stays readable', async () => {
  const base = DEMO_POLICIES.find((p) => p.policyId === 'resident-pension');
  if (!base) throw new Error('seed changed');
  const { policyId, ...content } = base;
  const revised = {
    ...content,
    summary: `${content.summary}（2027年起标准提高，示例修订）`,
    effectiveFrom: '2027-01-01',
  };
  expect(await call('city_approver', 'upsert', { policyId, ...revised })).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await call('admin', 'upsert', { policyId, ...revised })).toMatchObject({
    ok: true,
    data: { version: 2, current: true },
  });
  const now = data(await call(null, 'get', { policyId }));
  expect(now).toMatchObject({ version: 2, summary: revised.summary });
  expect((now.versions as Array<{ version: number }>).map((v) => v.version)).toEqual([2, 1]);
  expect(await call(null, 'get', { policyId, version: 1 })).toMatchObject({
    ok: true,
    data: { version: 1, current: false, summary: content.summary },
  });
  expect(await call(null, 'get', { policyId, version: 9 })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(
    (await t.store.collection(auditCollection).find({ entityId: policyId })).items[0],
  ).toMatchObject({ from: 'v1', to: 'v2' });
});

test('a new version keeps its 修改说明 under 历史版本; a stale or taken edit is CONFLICT', async () => {
  const base = DEMO_POLICIES.find((p) => p.policyId === 'resident-pension');
  if (!base) throw new Error('seed changed');
  const { policyId, ...content } = base;
  const saved = await call('admin', 'upsert', {
    policyId,
    ...content,
    summary: '新的摘要：60岁以后每月领养老金。',
    expectedVersion: 1,
    changeNote: '摘要改得更直白',
  });
  expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
  const now = data(await call(null, 'get', { policyId }));
  expect(now.versions).toEqual([
    expect.objectContaining({ version: 2, changeNote: '摘要改得更直白' }),
    expect.objectContaining({ version: 1, changeNote: null }),
  ]);
  expect(await call('admin', 'upsert', { policyId, ...content, expectedVersion: 1 })).toMatchObject(
    { ok: false, error: { code: 'CONFLICT' } },
  );
  expect(await call('admin', 'upsert', { policyId, ...content, expectedVersion: 0 })).toMatchObject(
    { ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('编号已经有了') } },
  );
  expect(
    await call('admin', 'upsert', { policyId: 'brand-new-policy', ...content, expectedVersion: 0 }),
  ).toMatchObject({ ok: true, data: { version: 1, policyId: 'brand-new-policy' } });
  expect(data(await call(null, 'get', { policyId })).version).toBe(2);
  expect(
    (await t.store.collection(auditCollection).find({ entityId: policyId })).items.some(
      (a) => a.note === '摘要改得更直白',
    ),
  ).toBe(true);
});
