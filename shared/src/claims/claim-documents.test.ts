import type { AccidentOutcome, ChecklistContext, DocumentItem } from './claim-documents';
import {
  CLAIM_REQUIREMENTS,
  COMMON_REQUIREMENTS,
  DOCUMENT_ITEMS,
  checklistCompleteness,
  checklistFor,
  itemsFor,
} from './claim-documents';
import type { ClaimType } from './claim-schemes';
import { CLAIM_TYPES } from './claim-schemes';

const files = (...items: string[]) => items.map((item) => ({ item, fileIds: [`f-${item}`] }));
const COMMON: DocumentItem[] = ['id_card', 'hukou', 'bank_card'];
const missingIds = (type: ClaimType, ctx: ChecklistContext, attached: string[]) =>
  checklistCompleteness(type, ctx, files(...attached)).missing.map((m) => m.id);
const own: ChecklistContext = { proxy: false };

test('every item has a label and a one-line hint, and every requirement names known items', () => {
  for (const [id, d] of Object.entries(DOCUMENT_ITEMS)) {
    expect(d.label.length).toBeGreaterThan(1);
    expect(d.hint.length).toBeGreaterThan(4);
    expect(d.hint).not.toMatch(/\n/);
    expect(id).toMatch(/^[a-z_]+$/);
  }
  for (const r of [...COMMON_REQUIREMENTS, ...Object.values(CLAIM_REQUIREMENTS).flat()]) {
    expect(r.of.length).toBeGreaterThanOrEqual(r.n);
    for (const i of r.of) expect(DOCUMENT_ITEMS).toHaveProperty(i);
  }
});

test.each<[ClaimType, ChecklistContext, DocumentItem[]]>([
  [
    'illness',
    own,
    [
      ...COMMON,
      'invoices',
      'itemised_bill',
      'discharge_summary',
      'diagnosis',
      'settlement_slips',
      'outpatient_receipts',
    ],
  ],
  ['education', own, [...COMMON, 'admission_or_enrolment', 'fee_receipts', 'grants_received']],
  ['disaster', own, [...COMMON, 'disaster_certificate', 'photos_before_repair', 'loss_list']],
  [
    'accident',
    { proxy: false, accidentOutcome: 'disability' },
    [...COMMON, 'accident_report', 'disability_assessment'],
  ],
  [
    'accident',
    { proxy: false, accidentOutcome: 'death' },
    [
      ...COMMON,
      'accident_report',
      'death_certificate',
      'hukou_cancellation',
      'cremation_certificate',
      'heirs_certificate',
    ],
  ],
  [
    'disaster',
    { proxy: true },
    [...COMMON, 'proxy_authorisation', 'disaster_certificate', 'photos_before_repair', 'loss_list'],
  ],
])('%s %j takes exactly these papers', (type, ctx, want) => {
  expect(itemsFor(type, ctx)).toEqual(want);
});

describe('checklistCompleteness', () => {
  test.each<[ClaimType, ChecklistContext, string[], string[]]>([
    [
      'illness',
      own,
      [],
      [
        'id_card',
        'hukou',
        'bank_card',
        'invoices',
        'itemised_bill',
        'discharge_summary',
        'diagnosis',
        'settlement_slips',
      ],
    ],
    [
      'illness',
      own,
      [
        ...COMMON,
        'invoices',
        'itemised_bill',
        'discharge_summary',
        'diagnosis',
        'settlement_slips',
      ],
      [],
    ],
    [
      'illness',
      own,
      [...COMMON, 'invoices', 'itemised_bill', 'discharge_summary', 'diagnosis'],
      ['settlement_slips'],
    ],
    [
      'illness',
      { proxy: true },
      [
        ...COMMON,
        'invoices',
        'itemised_bill',
        'discharge_summary',
        'diagnosis',
        'settlement_slips',
      ],
      ['proxy_authorisation'],
    ],
    [
      'illness',
      { proxy: true },
      [
        ...COMMON,
        'proxy_authorisation',
        'invoices',
        'itemised_bill',
        'discharge_summary',
        'diagnosis',
        'settlement_slips',
      ],
      [],
    ],
    ['education', own, [...COMMON, 'admission_or_enrolment', 'fee_receipts'], ['grants_received']],
    [
      'education',
      own,
      [...COMMON, 'admission_or_enrolment', 'fee_receipts', 'grants_received'],
      [],
    ],
    [
      'disaster',
      own,
      ['id_card', 'disaster_certificate', 'loss_list'],
      ['hukou', 'bank_card', 'photos_before_repair'],
    ],
    ['disaster', own, [...COMMON, 'disaster_certificate', 'photos_before_repair', 'loss_list'], []],
  ])('%s %j with %j: missing %j', (type, ctx, attached, want) => {
    expect(missingIds(type, ctx, attached)).toEqual(want);
    expect(checklistCompleteness(type, ctx, files(...attached)).complete).toBe(want.length === 0);
  });

  test('an item with no files is not attached', () => {
    const attached = [
      ...files(...COMMON, 'disaster_certificate', 'loss_list'),
      { item: 'photos_before_repair', fileIds: [] },
    ];
    expect(checklistCompleteness('disaster', own, attached).missing.map((m) => m.id)).toEqual([
      'photos_before_repair',
    ]);
  });

  test('the optional 门诊慢特病 receipts are never missing', () => {
    expect(checklistFor('illness', own).find((r) => r.id === 'outpatient_receipts')?.optional).toBe(
      true,
    );
    expect(
      missingIds('illness', own, [
        ...COMMON,
        'invoices',
        'itemised_bill',
        'discharge_summary',
        'diagnosis',
        'settlement_slips',
      ]),
    ).not.toContain('outpatient_receipts');
  });

  describe('accident: disability assessment, or 2 of the 3 death papers and the heirs certificate', () => {
    const base = [...COMMON, 'accident_report'];
    const ctx = (accidentOutcome: AccidentOutcome): ChecklistContext => ({
      proxy: false,
      accidentOutcome,
    });

    test.each<[AccidentOutcome, string[], string[]]>([
      ['disability', base, ['disability_assessment']],
      ['disability', [...base, 'disability_assessment'], []],
      ['death', base, ['death_papers', 'heirs_certificate']],
      ['death', [...base, 'death_certificate', 'heirs_certificate'], ['death_papers']],
      ['death', [...base, 'death_certificate', 'hukou_cancellation', 'heirs_certificate'], []],
      ['death', [...base, 'hukou_cancellation', 'cremation_certificate', 'heirs_certificate'], []],
      ['death', [...base, 'death_certificate', 'cremation_certificate', 'heirs_certificate'], []],
      [
        'death',
        [
          ...base,
          'death_certificate',
          'hukou_cancellation',
          'cremation_certificate',
          'heirs_certificate',
        ],
        [],
      ],
      ['death', [...base, 'death_certificate', 'hukou_cancellation'], ['heirs_certificate']],
      ['death', [...base, 'disability_assessment', 'heirs_certificate'], ['death_papers']],
    ])('%s with %j: missing %j', (outcome, attached, want) => {
      expect(missingIds('accident', ctx(outcome), attached)).toEqual(want);
    });

    test('2 of 3: one paper attached, one more is needed from the two not attached', () => {
      const r = checklistCompleteness(
        'accident',
        ctx('death'),
        files(...base, 'hukou_cancellation', 'heirs_certificate'),
      );
      expect(r.missing).toEqual([
        {
          id: 'death_papers',
          label: '死亡证明、户口注销证明、火化证（或安葬证明）三样中的两样',
          need: 1,
          items: ['death_certificate', 'cremation_certificate'],
        },
      ]);
    });

    test('none of the 3 attached: two are needed', () => {
      const r = checklistCompleteness(
        'accident',
        ctx('death'),
        files(...base, 'heirs_certificate'),
      );
      expect(r.missing[0]).toMatchObject({
        need: 2,
        items: ['death_certificate', 'hukou_cancellation', 'cremation_certificate'],
      });
    });

    test('with no outcome chosen the checklist asks for it first, and accepts either set of papers', () => {
      const r = checklistCompleteness(
        'accident',
        own,
        files(...base, 'disability_assessment', 'death_certificate'),
      );
      expect(r.missing.map((m) => m.id)).toEqual(['accident_outcome']);
      expect(r.unexpected).toEqual([]);
      expect(r.complete).toBe(false);
    });

    test('papers of the other outcome are unexpected once the outcome is chosen', () => {
      const r = checklistCompleteness(
        'accident',
        ctx('disability'),
        files(...base, 'disability_assessment', 'death_certificate'),
      );
      expect(r).toEqual({ complete: true, missing: [], unexpected: ['death_certificate'] });
    });
  });

  test.each<[ClaimType, string]>([
    ['illness', 'admission_or_enrolment'],
    ['education', 'settlement_slips'],
    ['disaster', 'proxy_authorisation'],
    ['illness', 'not_a_paper'],
  ])('%s: %s is unexpected', (type, extra) => {
    expect(checklistCompleteness(type, own, files(extra)).unexpected).toEqual([extra]);
  });

  test.each(CLAIM_TYPES.map((t) => [t]))(
    '%s: every item it takes, attached, completes it',
    (type) => {
      const ctx: ChecklistContext = { proxy: true, accidentOutcome: 'death' };
      expect(checklistCompleteness(type, ctx, files(...itemsFor(type, ctx)))).toEqual({
        complete: true,
        missing: [],
        unexpected: [],
      });
    },
  );
});
