import { claimFixture as familyClaimFixture } from '../claims/claim-fixture';
import type { ClaimView } from './claims-work-api';

/**
 * A 因病 claim waiting for the village check, as `claims.get` answers a reviewer (tests only):
 * the family's fixture with three papers to check and the review allowed.
 */
export function claimFixture(patch: Partial<ClaimView> = {}): ClaimView {
  const base = familyClaimFixture();
  return familyClaimFixture({
    version: 2,
    villageId: 'village-zheqiao-qimou',
    townId: 'town-zheqiao',
    subjectName: '马福祥',
    filedBy: { name: '马福祥', role: 'villager', relation: null },
    documents: [
      {
        item: 'id_card',
        label: '身份证',
        files: [{ fileId: 'f-1', url: '/files/f-1' }],
        check: null,
      },
      {
        item: 'invoices',
        label: '住院发票',
        files: [{ fileId: 'f-2', url: '/files/f-2' }],
        check: null,
      },
      {
        item: 'settlement_slips',
        label: '报销结算单',
        files: [{ fileId: 'f-3', url: '/files/f-3' }],
        check: null,
      },
    ],
    bank: { name: '农业银行', accountLast4: '4321' },
    steps: base.steps.map((s) => ({ ...s, actorName: '马福祥' })),
    can: { review: true, resubmit: false, appeal: false, markPaid: false },
    ...patch,
  });
}
