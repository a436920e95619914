import { checkRiskDraft, draftToPayload } from './check-risk-draft';
import { EMPTY_RISK_DRAFT, type RiskDraft } from './risk-draft';

const TODAY = '2026-12-02';
const complete: RiskDraft = {
  ...EMPTY_RISK_DRAFT,
  step: 'confirm',
  forWhom: 'self',
  risks: ['illness'],
  occurredOn: '2026-11-30',
  description: '老伴住院做手术',
  cost: '30000',
  consentAgreed: true,
};

test('a complete draft becomes the payload the contract accepts', () => {
  const checked = checkRiskDraft(complete, TODAY);
  expect(checked).toEqual({
    ok: true,
    payload: {
      risks: ['illness'],
      occurredOn: '2026-11-30',
      description: '老伴住院做手术',
      estimatedCost: 30000,
      photoFileIds: [],
      urgent: false,
      consent: { version: 'risk-check-2026-12', agreed: true },
    },
  });
});

test("the contract's own checks run on the phone, each problem pointing at its screen", () => {
  const checked = checkRiskDraft(
    {
      ...complete,
      forWhom: 'proxy',
      relation: 'child',
      proxyName: '马福海',
      // Not an org unit id: only the contract's SubmitRiskInput knows the format.
      proxyVillageId: 'wangping',
      proxyReason: '年纪大了',
      description: '好'.repeat(301),
      consentAgreed: false,
    },
    TODAY,
  );
  expect(checked.ok).toBe(false);
  if (checked.ok) return;
  expect(checked.problems).toEqual([
    { step: 'proxy_village', message: '请选择正确的地区' },
    { step: 'description', message: '最多写 300 个字' },
    { step: 'consent', message: '要点“我同意”才能提交申报' },
  ]);
});

test('a day in the future, a bad phone and a missing disaster sub-type are caught too', () => {
  const checked = checkRiskDraft(
    { ...complete, risks: ['disaster'], occurredOn: '2026-12-03', phone: '12345', urgent: false },
    TODAY,
  );
  expect(checked.ok).toBe(false);
  if (checked.ok) return;
  expect(checked.problems.map((p) => p.step)).toEqual(['disaster_subtype', 'occurred', 'phone']);
});

test('绿色通道 is only sent for 自然灾害 or 意外事故, and the sub-type only with 自然灾害', () => {
  expect(draftToPayload({ ...complete, urgent: true }).urgent).toBe(false);
  expect(
    draftToPayload({ ...complete, risks: ['accident'], urgent: true, disasterSubtype: 'flood' }),
  ).toMatchObject({ urgent: true });
  expect('disasterSubtype' in draftToPayload({ ...complete, disasterSubtype: 'flood' })).toBe(
    false,
  );
});
