import type { ClaimStepView, ClaimView } from './claims-api';

const submittedStep: ClaimStepView = {
  at: '2026-12-01T02:00:00.000Z',
  kind: 'submitted',
  from: null,
  to: 'reported',
  actorRole: 'villager',
  actorName: '马福海',
  note: null,
};

/** A claim as `claims.mine` / `claims.get` answer it, for component tests: 因病, just reported. */
export function claimFixture(over: Partial<ClaimView> = {}): ClaimView {
  return {
    claimId: 'cl-1',
    version: 1,
    status: 'reported',
    type: 'illness',
    householdId: 'hh-1',
    villageId: 'v-qimou',
    villageName: '祁牟村',
    townId: 't-1',
    subjectName: '马福海',
    estimate: 20500,
    assessedAmount: null,
    approvedAmount: null,
    late: false,
    proxy: false,
    isAppeal: false,
    submittedAt: '2026-12-01T02:00:00.000Z',
    updatedAt: '2026-12-01T02:00:00.000Z',
    waitingFor: 'village',
    deadline: { dueOn: '2026-12-08', daysLeft: 5, overdue: false },
    demo: false,
    filedBy: { name: '马福海', role: 'villager', relation: null },
    incidentOn: '2026-11-20',
    accidentOutcome: null,
    amounts: { selfPaid: 40000 },
    estimateLines: [
      { kind: 'amount', key: 'selfPaid', label: '自己掏的医药费', sign: 'add', amount: 40000 },
      { kind: 'base', label: '自付医疗费', amount: 40000 },
      { kind: 'deductible', amount: 5000, remainder: 35000 },
      { kind: 'slice', from: 0, to: 5000, base: 5000, ratePercent: 30, amountFen: 150000 },
      { kind: 'slice', from: 5000, to: 15000, base: 10000, ratePercent: 50, amountFen: 500000 },
      { kind: 'slice', from: 15000, to: 35000, base: 20000, ratePercent: 70, amountFen: 1400000 },
      { kind: 'subtotal', amount: 20500 },
      { kind: 'cap', yearlyCap: 200000, paidThisYear: 0, left: 200000, applied: false },
    ],
    documents: [
      {
        item: 'invoices',
        label: '住院发票',
        files: [
          { fileId: 'f-inv-1', url: '/files/f-inv-1' },
          { fileId: 'f-inv-2', url: '/files/f-inv-2' },
        ],
        check: null,
      },
    ],
    missing: [],
    bank: { name: '农业银行', accountLast4: '2108' },
    consent: { version: 'claim-data-2026-12', purpose: '…', at: '2026-12-01T02:00:00.000Z' },
    survey: null,
    publicity: null,
    payment: null,
    returnNote: null,
    rejection: null,
    appeal: null,
    steps: [submittedStep],
    can: { review: false, resubmit: false, appeal: false, markPaid: false },
    ...over,
  };
}
