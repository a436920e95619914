import { RISK_CONSENT } from './risk-catalogue';
import { LocalDateField, ReviewInput, SetPlanInput, SubmitRiskInput } from './risk-schemas';

const valid = {
  risks: ['illness'],
  occurredOn: '2026-11-20',
  description: '老伴住院做手术',
  estimatedCost: 30000,
  consent: { version: RISK_CONSENT.version, agreed: true },
};
const messages = (r: {
  success: boolean;
  error?: { issues: { message: string; path: PropertyKey[] }[] };
}) => (r.success ? [] : (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`));
const submit = (patch: Record<string, unknown>) =>
  messages(SubmitRiskInput.safeParse({ ...valid, ...patch }));

describe('submitting a report', () => {
  test('a minimal own-household report passes, with defaults', () => {
    const r = SubmitRiskInput.parse(valid);
    expect(r).toMatchObject({ urgent: false, photoFileIds: [] });
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    [
      'disaster needs its sub-type',
      { risks: ['disaster'] },
      ['disasterSubtype: 请选择是哪种自然灾害'],
    ],
    ['disaster with a sub-type', { risks: ['disaster'], disasterSubtype: 'flood' }, []],
    [
      'a sub-type without disaster',
      { risks: ['illness'], disasterSubtype: 'flood' },
      ['disasterSubtype: 没有选自然灾害，不用选灾害种类'],
    ],
    [
      'an unknown sub-type',
      { risks: ['disaster'], disasterSubtype: 'tsunami' },
      ['disasterSubtype'],
    ],
    ['urgent with an accident', { risks: ['accident'], urgent: true }, []],
    [
      'urgent with a disaster among others',
      { risks: ['illness', 'disaster'], disasterSubtype: 'weather', urgent: true },
      [],
    ],
    [
      'urgent with illness only',
      { risks: ['illness'], urgent: true },
      ['urgent: 只有自然灾害或意外事故可以走绿色通道'],
    ],
    ['no risk', { risks: [] }, ['risks: 请至少选一种困难']],
    ['five risks', { risks: ['illness', 'disability', 'education', 'housing', 'other'] }, []],
    [
      'six risks',
      { risks: ['illness', 'disability', 'education', 'housing', 'other', 'unemployment'] },
      ['risks: 最多选 5 种困难'],
    ],
    ['the same risk twice', { risks: ['illness', 'illness'] }, ['risks: 同一种困难选了两次']],
    ['an unknown risk', { risks: ['bad_luck'] }, ['risks.0']],
    ['no consent', { consent: undefined }, ['consent']],
    [
      'consent not agreed',
      { consent: { version: RISK_CONSENT.version, agreed: false } },
      ['consent.agreed: 请先阅读并同意授权查询家庭经济状况'],
    ],
    [
      'an old consent version',
      { consent: { version: 'risk-check-2020', agreed: true } },
      ['consent.version: 请先阅读并同意授权查询家庭经济状况'],
    ],
    ['a date that does not exist', { occurredOn: '2026-02-30' }, ['occurredOn: 这个日期不存在']],
    ['a negative cost', { estimatedCost: -1 }, ['estimatedCost: 金额不能是负数']],
    ['a cost with 角', { estimatedCost: 10.5 }, ['estimatedCost: 金额请填整数（元）']],
    ['too short a description', { description: '病' }, ['description: 至少要填 4 个字']],
    ['an unknown field', { secret: 1 }, ['']],
    [
      'a household and a proxy at once',
      {
        householdId: 'hh-1',
        proxy: {
          relation: 'child',
          name: '马秀英',
          villageId: 'village-zheqiao-qimou',
          reason: '年老不识字',
        },
      },
      ['proxy: 选了户就不用再填代申报对象'],
    ],
    [
      'a proxy report',
      {
        proxy: {
          relation: 'neighbour',
          name: '马秀英',
          villageId: 'village-zheqiao-qimou',
          reason: '年老不识字',
        },
      },
      [],
    ],
    [
      'seven photos',
      { photoFileIds: ['1', '2', '3', '4', '5', '6', '7'] },
      ['photoFileIds: 最多 6 张照片'],
    ],
  ])('%s', (_n, patch, expected) => {
    const got = submit(patch);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]?.startsWith(e)).toBe(true));
  });
});

test.each<[string, boolean]>([
  ['2026-02-28', true],
  ['2026-02-29', false],
  ['2028-02-29', true],
  ['2026-02-30', false],
  ['2026-04-31', false],
  ['2026-13-01', false],
  ['2026-1-01', false],
  ['2026-12-31', true],
])('the date %s is accepted: %s', (s, ok) => {
  expect(LocalDateField.safeParse(s).success).toBe(ok);
});

describe('a review decision', () => {
  const review = (p: Record<string, unknown>) =>
    messages(ReviewInput.safeParse({ reportId: 'r1', expectedVersion: 1, ...p }));
  test.each<[string, Record<string, unknown>, string[]]>([
    ['approve without a note', { decision: 'approve' }, []],
    ['return without a note', { decision: 'return' }, ['note: 请写明还需要补充什么']],
    [
      'return with only spaces',
      { decision: 'return', note: '   ' },
      ['note: 请写明还需要补充什么'],
    ],
    ['return with a note', { decision: 'return', note: '请补医院发票' }, []],
    ['reject without a reason', { decision: 'reject', note: '' }, ['note: 请写明不通过的原因']],
    ['reject with a reason', { decision: 'reject', note: '收入高于监测范围' }, []],
    ['an unknown decision', { decision: 'maybe' }, ['decision']],
    ['version 0', { decision: 'approve', expectedVersion: 0 }, ['expectedVersion']],
  ])('%s', (_n, p, expected) => {
    const got = review(p);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]?.startsWith(e)).toBe(true));
  });
});

test('a plan needs 1–20 measures', () => {
  const plan = {
    reportId: 'r1',
    expectedVersion: 3,
    planText: '一户一策：看病报销、孩子助学、公益岗位',
    insurance: { enrolled: true, policyNumber: 'FP2026001' },
    measures: [] as unknown[],
  };
  expect(messages(SetPlanInput.safeParse(plan))).toEqual(['measures: 至少要有一项帮扶措施']);
  const measure = {
    sector: 'health',
    title: '家庭医生签约',
    responsible: '马医生',
    dueOn: '2026-12-20',
  };
  expect(SetPlanInput.parse({ ...plan, measures: [measure] }).measures[0]?.status).toBe('planned');
});
