import { zhErrorMap } from '../validation/zh-error-map';
import {
  BankAccountField,
  ClaimAppealInput,
  ClaimResubmitInput,
  ClaimReviewInput,
  MarkPaidInput,
  CLAIM_CONSENT,
  EstimateInput,
  SubmitClaimInput,
  isLateReport,
} from './claim-schemas';

type Parsed = { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } };
const messages = (r: Parsed) =>
  r.success ? [] : (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
const estimate = (v: unknown) => messages(EstimateInput.safeParse(v, { error: zhErrorMap }));

const valid = {
  type: 'illness',
  incidentOn: '2026-11-20',
  amounts: { selfPaid: 40_000 },
  documents: [
    { item: 'id_card', fileIds: ['f1', 'f2'] },
    { item: 'invoices', fileIds: ['f3'] },
  ],
  bankName: '甘肃省农村信用社',
  bankAccount: '6228 4800 1234 5678 901',
  consent: { ...CLAIM_CONSENT, at: '2026-12-01T10:00:00+08:00' },
};
const submit = (patch: Record<string, unknown>) =>
  messages(SubmitClaimInput.safeParse({ ...valid, ...patch }, { error: zhErrorMap }));

describe('estimate', () => {
  test.each<[unknown, string[]]>([
    [{ type: 'illness', amounts: { selfPaid: 40_000 } }, []],
    [{ type: 'education', amounts: { tuition: 5_000, lodging: 1_200, books: 300, grants: 0 } }, []],
    [{ type: 'disaster', amounts: { loss: 0 } }, []],
    [{ type: 'illness', amounts: {} }, ['amounts.selfPaid: 请填写自己掏的医药费（没有就填 0）']],
    [
      { type: 'education', amounts: { tuition: 5_000 } },
      [
        'amounts.lodging: 请填写住宿费（没有就填 0）',
        'amounts.books: 请填写书本费（没有就填 0）',
        'amounts.grants: 请填写已经拿到的资助（没有就填 0）',
      ],
    ],
    [
      { type: 'illness', amounts: { selfPaid: 1, loss: 2 } },
      ['amounts.loss: 因病理赔不用填没有赔偿的损失'],
    ],
    [
      { type: 'illness', amounts: { selfPaid: 100.5 } },
      ['amounts.selfPaid: 金额请填整数（元），不要带角和分'],
    ],
    [{ type: 'illness', amounts: { selfPaid: -5 } }, ['amounts.selfPaid: 金额不能是负数']],
    [{ type: 'illness', amounts: { selfPaid: '4万' } }, ['amounts.selfPaid: 请填写金额（元）']],
    [{ type: 'illness', amounts: { selfPaid: 1e9 } }, ['amounts.selfPaid: 金额太大了，请核对']],
    [{ type: 'pets', amounts: {} }, ['type: 请选择是哪一种理赔']],
    [{ type: 'illness', amounts: { selfPaid: 1 }, extra: 1 }, [': 多了不认识的内容：extra']],
  ])('%j → %j', (input, want) => {
    expect(estimate(input)).toEqual(want);
  });

  test('an unknown amount key is refused in plain words', () => {
    const m = estimate({ type: 'illness', amounts: { selfPaid: 1, salary: 3 } });
    expect(m.length).toBeGreaterThan(0);
    expect(m.join()).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('submit', () => {
  test('a valid own-household illness claim passes; the account loses its spaces, the consent time is canonical UTC', () => {
    const r = SubmitClaimInput.parse(valid);
    expect(r.bankAccount).toBe('6228480012345678901');
    expect(r.consent.at).toBe('2026-12-01T02:00:00.000Z');
    expect(r.proxy).toBeUndefined();
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ['a proxy with relation and name', { proxy: { relation: 'child', name: '马小礼' } }, []],
    [
      'the proxy paper may be attached when filing for someone else',
      {
        proxy: { relation: 'spouse', name: '马文礼' },
        documents: [{ item: 'proxy_authorisation', fileIds: ['p'] }],
      },
      [],
    ],
    [
      'the proxy paper without a proxy',
      { documents: [{ item: 'proxy_authorisation', fileIds: ['p'] }] },
      ['documents.0.item: 这种理赔不用交这项材料'],
    ],
    [
      'an unknown relation',
      { proxy: { relation: 'boss', name: '马小礼' } },
      ['proxy.relation: 请选择您和他（她）的关系'],
    ],
    [
      'a paper of another claim type',
      { documents: [{ item: 'loss_list', fileIds: ['x'] }] },
      ['documents.0.item: 这种理赔不用交这项材料'],
    ],
    [
      'the same paper twice',
      {
        documents: [
          { item: 'invoices', fileIds: ['a'] },
          { item: 'invoices', fileIds: ['b'] },
        ],
      },
      ['documents.1.item: 这项材料重复了'],
    ],
    [
      'a paper without photos',
      { documents: [{ item: 'invoices', fileIds: [] }] },
      ['documents.0.fileIds: 请至少拍一张照片'],
    ],
    [
      'an unknown paper',
      { documents: [{ item: 'selfie', fileIds: ['a'] }] },
      ['documents.0.item: 不认识这一项材料'],
    ],
    [
      'no papers yet is accepted (the village returns it for what is missing)',
      { documents: [] },
      [],
    ],
    [
      'accident needs the outcome',
      { type: 'accident', amounts: { loss: 50_000 }, documents: [] },
      ['accidentOutcome: 请选择是伤残还是身故'],
    ],
    [
      'accident, death, with a death paper',
      {
        type: 'accident',
        accidentOutcome: 'death',
        amounts: { loss: 50_000 },
        documents: [{ item: 'death_certificate', fileIds: ['d'] }],
      },
      [],
    ],
    [
      'accident, disability, with a death paper',
      {
        type: 'accident',
        accidentOutcome: 'disability',
        amounts: { loss: 50_000 },
        documents: [{ item: 'death_certificate', fileIds: ['d'] }],
      },
      ['documents.0.item: 这种理赔不用交这项材料'],
    ],
    [
      'an outcome on an illness claim',
      { accidentOutcome: 'death' },
      ['accidentOutcome: 只有意外理赔才要选伤残还是身故'],
    ],
    [
      'the wrong amounts for the type',
      { amounts: { loss: 5 } },
      [
        'amounts.selfPaid: 请填写自己掏的医药费（没有就填 0）',
        'amounts.loss: 因病理赔不用填没有赔偿的损失',
      ],
    ],
    ['a date that does not exist', { incidentOn: '2026-02-30' }, ['incidentOn: 这个日期不存在']],
    [
      'an incident time on another day',
      { incidentAt: '2026-11-21T09:00:00+08:00' },
      ['incidentAt: 出事的时间和日期对不上'],
    ],
    ['an incident time on that China day', { incidentAt: '2026-11-19T17:00:00Z' }, []],
    // Found by the fuzz proof: the day check threw RangeError on a time that is not one.
    [
      'an incident time that is not a time',
      { incidentAt: 'toString' },
      ['incidentAt: 时间格式不对'],
    ],
    [
      'a short account number',
      { bankAccount: '6228 48' },
      ['bankAccount: 银行卡号应是 12 到 30 位数字，请对着卡核对'],
    ],
    [
      'letters in the account',
      { bankAccount: '6228480012345678ABC' },
      ['bankAccount: 银行卡号应是 12 到 30 位数字，请对着卡核对'],
    ],
    ['no bank name', { bankName: ' ' }, ['bankName: 至少要填 2 个字']],
    [
      'consent of an old version',
      { consent: { ...valid.consent, version: 'claim-data-2020' } },
      ['consent.version: 请先阅读并同意使用理赔信息'],
    ],
    [
      'consent to another text',
      { consent: { ...valid.consent, purpose: '同意' } },
      ['consent.purpose: 请先阅读并同意使用理赔信息'],
    ],
    [
      'consent without a time',
      { consent: { purpose: CLAIM_CONSENT.purpose, version: CLAIM_CONSENT.version } },
      ['consent.at: 时间格式不对'],
    ],
  ])('%s', (_name, patch, want) => {
    expect(submit(patch)).toEqual(want);
  });

  test('no consent at all is refused', () => {
    expect(submit({ consent: undefined })).toEqual(['consent: 请填写此项']);
  });

  test.each([
    ['6228480012345678901', '6228480012345678901'],
    ['6228-4800-1234-5678', '6228480012345678'],
    [' 6228 4800 1234 5678 ', '6228480012345678'],
  ])('bank account %j → %j', (input, want) => {
    expect(BankAccountField.parse(input)).toBe(want);
  });
});

describe('isLateReport: a disaster reported more than 24 hours after the event', () => {
  test.each<[string, { on: string; at?: string }, string, boolean]>([
    [
      'exact time, 23 h later',
      { on: '2026-11-20', at: '2026-11-20T02:00:00Z' },
      '2026-11-21T01:00:00Z',
      false,
    ],
    [
      'exact time, exactly 24 h later',
      { on: '2026-11-20', at: '2026-11-20T02:00:00Z' },
      '2026-11-21T02:00:00Z',
      false,
    ],
    [
      'exact time, 24 h and 1 s later',
      { on: '2026-11-20', at: '2026-11-20T02:00:00Z' },
      '2026-11-21T02:00:01Z',
      true,
    ],
    // Only the day: late after the end of the next China day (2026-11-21 23:59:59.999 +08:00).
    ['day only, the next evening', { on: '2026-11-20' }, '2026-11-21T15:59:59Z', false],
    ['day only, just after the next day ends', { on: '2026-11-20' }, '2026-11-21T16:00:00Z', true],
    ['day only, a week later', { on: '2026-11-20' }, '2026-11-27T02:00:00Z', true],
  ])('%s: late %s', (_name, incident, reportedAt, late) => {
    expect(isLateReport('disaster', incident, new Date(reportedAt))).toBe(late);
  });

  test.each(['illness', 'education', 'accident'] as const)('%s claims are never late', (type) => {
    expect(isLateReport(type, { on: '2026-01-01' }, new Date('2026-12-01T02:00:00Z'))).toBe(false);
  });
});

describe('review, resubmit, appeal, markPaid', () => {
  const review = (patch: Record<string, unknown>) =>
    messages(
      ClaimReviewInput.safeParse(
        { claimId: 'c1', expectedVersion: 1, decision: 'approve', ...patch },
        { error: zhErrorMap },
      ),
    );

  test.each<[string, Record<string, unknown>, string[]]>([
    ['a plain approval', {}, []],
    [
      'the village approves with every item ok',
      {
        checks: [
          { item: 'id_card', state: 'ok' },
          { item: 'settlement_slips', state: 'ok' },
        ],
      },
      [],
    ],
    [
      'approving with an item missing',
      { checks: [{ item: 'settlement_slips', state: 'missing' }] },
      ['checks: 还有材料缺少，不能通过；请退回让家里补充'],
    ],
    [
      'returning for a missing 结算单 needs no extra note',
      { decision: 'return', checks: [{ item: 'settlement_slips', state: 'missing' }] },
      [],
    ],
    [
      'returning with neither a note nor a missing item',
      { decision: 'return' },
      ['note: 请写明还需要补充什么，或在材料里勾出缺少的项'],
    ],
    ['rejecting without a reason', { decision: 'reject' }, ['note: 请写明不通过的原因']],
    ['rejecting with a reason', { decision: 'reject', note: '不属于保险责任范围' }, []],
    [
      'the same item checked twice',
      {
        checks: [
          { item: 'id_card', state: 'ok' },
          { item: 'id_card', state: 'ok' },
        ],
      },
      ['checks: 同一项材料核对了两次'],
    ],
    [
      'the insurer approves with a survey',
      { survey: { surveyedOn: '2026-12-03', assessedAmount: 20_500, note: '入户查勘属实' } },
      [],
    ],
    [
      'a survey on a rejection',
      {
        decision: 'reject',
        note: '不属实',
        survey: { surveyedOn: '2026-12-03', assessedAmount: 0, note: '不属实' },
      },
      ['survey: 只有通过时才填查勘结果或审定金额'],
    ],
    ['the city approves an amount', { approvedAmount: 20_500 }, []],
    [
      'an amount with 角',
      { approvedAmount: 20_500.5 },
      ['approvedAmount: 金额请填整数（元），不要带角和分'],
    ],
  ])('%s', (_name, patch, want) => {
    expect(review(patch)).toEqual(want);
  });

  test('resubmit needs at least one paper, each once', () => {
    const r = (documents: unknown[]) =>
      messages(
        ClaimResubmitInput.safeParse(
          { claimId: 'c1', expectedVersion: 2, documents },
          { error: zhErrorMap },
        ),
      );
    expect(r([{ item: 'settlement_slips', fileIds: ['s1'] }])).toEqual([]);
    expect(r([])).toEqual(['documents: 请补充缺少的材料']);
    expect(
      r([
        { item: 'invoices', fileIds: ['a'] },
        { item: 'invoices', fileIds: ['b'] },
      ]),
    ).toEqual(['documents: 同一项材料补充了两次']);
  });

  test('an appeal needs a reason of a few words', () => {
    expect(
      messages(
        ClaimAppealInput.safeParse(
          { claimId: 'c1', expectedVersion: 3, reason: '不服' },
          { error: zhErrorMap },
        ),
      ),
    ).toEqual(['reason: 至少要填 4 个字']);
  });

  test.each<[string, string[]]>([
    ['TX-20261212-0001', []],
    [' 202612120001 ', []],
    ['流水号1', ['paymentReference: 付款流水号应是 4 到 64 位字母或数字']],
    ['ab', ['paymentReference: 付款流水号应是 4 到 64 位字母或数字']],
  ])('markPaid reference %j', (paymentReference, want) => {
    expect(
      messages(
        MarkPaidInput.safeParse(
          { claimId: 'c1', expectedVersion: 5, paidOn: '2026-12-12', paymentReference },
          { error: zhErrorMap },
        ),
      ),
    ).toEqual(want);
  });
});
