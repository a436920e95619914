import { householdsCollection } from '../households/household-collections';
import {
  auditCollection,
  householdEventsCollection,
} from '../platform/runtime/platform-collections';
import { notificationOutbox } from '../platform/test-support/outbox-reader';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { claimsCollection } from './claim-collections';
import { ILLNESS_ITEMS_BUT_SLIPS, claimsKit } from './claims-test-kit';
import { APPROVED_USE_MARK_PAID } from './review.handler';

let t: TestPlatform;
let k: ReturnType<typeof claimsKit>;
beforeEach(async () => {
  t = await createTestPlatform();
  k = claimsKit(t);
});
afterEach(() => t.cleanup());

test('illness 40,000 → 20,500: returned for the 结算单, resubmitted, town, survey, city 20,500, paid after the 公示', async () => {
  // 2026-11-28 is a Saturday in China (10:00).
  expect(
    await k.call('villager', 'estimate', { type: 'illness', amounts: { selfPaid: 40_000 } }),
  ).toMatchObject({ ok: true, data: { payout: 20_500 } });

  const documents = await k.papers('villager', ILLNESS_ITEMS_BUT_SLIPS);
  const filed = await k.ok('villager', 'submit', k.claim({ documents }));
  expect(filed).toMatchObject({
    status: 'reported',
    type: 'illness',
    householdId: 'hh-demo-qimou-01',
    villageId: 'village-zheqiao-qimou',
    villageName: '祁牟村',
    subjectName: '马文礼',
    estimate: 20_500,
    late: false,
    proxy: false,
    waitingFor: 'village',
    deadline: { dueOn: '2026-12-04', overdue: false },
    bank: { name: '甘肃农村信用社', accountLast4: '2345' },
    filedBy: { name: '马文礼', role: 'villager', relation: null },
    missing: [expect.objectContaining({ id: 'settlement_slips', items: ['settlement_slips'] })],
    can: { review: false, resubmit: false, appeal: false, markPaid: false },
  });
  expect(filed.estimateLines.at(-1)).toMatchObject({
    kind: 'cap',
    yearlyCap: 200_000,
    left: 200_000,
  });
  const stored = await t.store.collection(claimsCollection).get(filed.claimId);
  expect(JSON.stringify(stored)).not.toContain('6229123456789012345');
  expect(stored?.consent).toMatchObject({ version: 'claim-data-2026-12', at: expect.any(String) });
  // The insurer does not see a claim the town has not forwarded.
  expect((await k.call('insurer', 'get', { claimId: filed.claimId })).ok).toBe(false);
  expect((await k.list('insurer', 'queue', { view: 'all' })).items).toEqual([]);

  // The village may not approve with the 结算单 missing from the checklist.
  const checks = k.allOk(filed);
  expect(
    await k.call('village_cadre', 'review', {
      claimId: filed.claimId,
      expectedVersion: filed.version,
      decision: 'approve',
      checks,
    }),
  ).toMatchObject({
    ok: false,
    error: {
      code: 'VALIDATION_FAILED',
      fieldErrors: { checks: expect.stringContaining('报销结算单') },
    },
  });
  const returned = await k.review('village_cadre', filed.claimId, 'return', {
    checks: [...checks, { item: 'settlement_slips', state: 'missing', note: '没有拍' }],
  });
  expect(returned).toMatchObject({
    status: 'returned',
    waitingFor: 'family',
    returnNote: '请补充：报销结算单（没有拍）',
  });
  expect((await k.ok('villager', 'get', { claimId: filed.claimId })).can.resubmit).toBe(true);

  const slips = await k.papers('villager', ['settlement_slips']);
  t.clock.advance(60_000);
  const again = await k.ok('villager', 'resubmit', {
    claimId: filed.claimId,
    expectedVersion: returned.version,
    documents: slips,
    answer: '结算单补上了',
  });
  expect(again).toMatchObject({ claimId: filed.claimId, status: 'reported', missing: [] });
  expect(again.documents).toHaveLength(8);
  expect(await t.store.collection(claimsCollection).count({})).toBe(1);

  const checked = await k.review('village_cadre', filed.claimId, 'approve', {
    checks: k.allOk(again),
  });
  expect(checked).toMatchObject({ status: 'materials_checked', waitingFor: 'town' });
  expect(checked.documents.every((d) => d.check?.state === 'ok')).toBe(true);

  const town = await k.review('town_reviewer', filed.claimId, 'approve');
  expect(town).toMatchObject({ status: 'town_reviewed', waitingFor: 'insurer' });
  // Now the insurer sees it, in its 待办.
  expect((await k.list('insurer', 'queue', {})).items.map((i) => i.claimId)).toEqual([
    filed.claimId,
  ]);
  expect(
    await k.call('insurer', 'review', {
      claimId: filed.claimId,
      expectedVersion: town.version,
      decision: 'approve',
    }),
  ).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { survey: expect.any(String) } },
  });
  const surveyed = await k.review('insurer', filed.claimId, 'approve', { survey: k.survey() });
  expect(surveyed).toMatchObject({
    status: 'surveyed',
    waitingFor: 'city',
    assessedAmount: 20_500,
    survey: { assessedAmount: 20_500, byName: '孙保平' },
  });

  const approved = await k.review('city_approver', filed.claimId, 'approve', {
    approvedAmount: 20_500,
  });
  expect(approved).toMatchObject({
    status: 'approved',
    approvedAmount: 20_500,
    waitingFor: 'insurer',
    publicity: { startsOn: '2026-11-28', endsOn: '2026-12-03', ended: false },
    // The 公示 ends 12-03, then 5 working days.
    deadline: { dueOn: '2026-12-10' },
  });
  // The approved claim counts in the 户情 warnings: the self-paid cost is a large recent expense.
  const h = await t.store.collection(householdsCollection).get('hh-demo-qimou-01');
  expect(h?.expenses.at(-1)).toMatchObject({ kind: 'medical', amount: 40_000, date: '2026-11-10' });
  expect(h?.warnings.map((w) => w.ruleId)).toContain('big-expense');
  // Approved claims are finished with markPaid, not a review.
  expect(
    await k.call('insurer', 'review', {
      claimId: filed.claimId,
      expectedVersion: approved.version,
      decision: 'approve',
    }),
  ).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: APPROVED_USE_MARK_PAID } });
  const pub = await k.publicity('villager');
  expect(pub.items).toEqual([
    {
      claimId: filed.claimId,
      villageName: '祁牟村',
      maskedName: '马*礼',
      type: 'illness',
      approvedAmount: 20_500,
      startsOn: '2026-11-28',
      endsOn: '2026-12-03',
    },
  ]);

  const pay = {
    claimId: filed.claimId,
    expectedVersion: approved.version,
    paidOn: '2026-12-03',
    paymentReference: 'PAY-20261204-01',
  };
  expect(await k.call('insurer', 'markPaid', pay)).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '公示还没结束，12月3日以后才能登记赔付。' },
  });
  k.days(6); // 2026-12-04
  expect((await k.ok('insurer', 'get', { claimId: filed.claimId })).can.markPaid).toBe(true);
  expect(await k.call('insurer', 'markPaid', pay)).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { paidOn: expect.any(String) } },
  });
  const paid = await k.ok('insurer', 'markPaid', { ...pay, paidOn: '2026-12-04' });
  expect(paid).toMatchObject({
    status: 'paid',
    waitingFor: null,
    deadline: null,
    payment: { paidOn: '2026-12-04', reference: 'PAY-20261204-01', dueOn: '2026-12-10' },
  });

  // The family's 我的理赔: every step with who and when.
  const mine = await k.list('villager', 'mine');
  expect(mine.items).toHaveLength(1);
  const steps = mine.items[0]?.steps ?? [];
  expect(steps.map((s) => [s.kind, s.to, s.actorName])).toEqual([
    ['submitted', 'reported', '马文礼'],
    ['returned', 'returned', '何建国'],
    ['resubmitted', 'reported', '马文礼'],
    ['approved', 'materials_checked', '何建国'],
    ['approved', 'town_reviewed', '李红梅'],
    ['approved', 'surveyed', '孙保平'],
    ['approved', 'approved', '赵立新'],
    ['paid', 'paid', '孙保平'],
  ]);
  expect(steps.map((s) => s.at.slice(0, 10))).toEqual([
    '2026-11-28',
    '2026-11-28',
    '2026-11-28',
    '2026-11-28',
    '2026-11-28',
    '2026-11-28',
    '2026-11-28',
    '2026-12-04',
  ]);

  // One audit entry and one household event per transition; a notice for each change the family did not make.
  const audit = await t.store
    .collection(auditCollection)
    .find({ entity: 'claim', entityId: filed.claimId }, { sort: [['at', 'asc']] });
  expect(audit.items).toHaveLength(8);
  const events = await t.store
    .collection(householdEventsCollection)
    .find({ householdId: 'hh-demo-qimou-01', ref: filed.claimId }, { sort: [['at', 'asc']] });
  expect(events.items.find((e) => e.kind === 'claims.approved')?.detail).toBe(
    '审定赔付20500元，公示11月28日至12月3日。',
  );
  expect(events.items.find((e) => e.kind === 'claims.returned')?.detail).toBe(
    '请补充：报销结算单（没有拍）',
  );
  expect(events.items.map((e) => e.kind)).toEqual([
    'claims.reported',
    'claims.returned',
    'claims.resubmitted',
    'claims.materials_checked',
    'claims.town_reviewed',
    'claims.surveyed',
    'claims.approved',
    'claims.paid',
  ]);
  const notices = (await notificationOutbox(t.store)).filter((n) =>
    n.template.startsWith('claims.'),
  );
  expect(notices.map((n) => n.template)).toEqual([
    'claims.returned',
    'claims.materials_checked',
    'claims.town_reviewed',
    'claims.surveyed',
    'claims.approved',
    'claims.paid',
  ]);
  const texts = JSON.stringify(notices);
  expect(texts).toContain('尾号2345');
  expect(texts).not.toContain('6229123456789012345');
});

test('reject at the city, appeal once: another city approver decides, not the one who rejected', async () => {
  const c = await k.toSurveyed();
  const rejected = await k.review('city_approver', c.claimId, 'reject', {
    note: '住院不在保障期内',
  });
  expect(rejected).toMatchObject({
    status: 'rejected',
    waitingFor: 'family',
    rejection: { level: 'city', reason: '住院不在保障期内', appealTo: 'city' },
  });
  expect(rejected.can.appeal).toBe(false); // the city approver is not the family
  const mine = await k.ok('villager', 'get', { claimId: c.claimId });
  expect(mine.can.appeal).toBe(true);
  const appealed = await k.ok('villager', 'appeal', {
    claimId: c.claimId,
    expectedVersion: mine.version,
    reason: '住院是在保障期内的，请再看看',
  });
  expect(appealed).toMatchObject({
    status: 'surveyed',
    isAppeal: true,
    appeal: { toLevel: 'city' },
  });
  expect(
    await k.call('city_approver', 'review', {
      claimId: c.claimId,
      expectedVersion: appealed.version,
      decision: 'approve',
      approvedAmount: 20_500,
    }),
  ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  const second = { persona: 'city_approver', as: 'second' } as const;
  const rejectedAgain = await k.review(second, c.claimId, 'reject', { note: '复核后仍不符合' });
  expect(rejectedAgain.rejection).toMatchObject({ appealTo: null });
  expect(
    await k.call('villager', 'appeal', {
      claimId: c.claimId,
      expectedVersion: rejectedAgain.version,
      reason: '还是不服，再申请一次',
    }),
  ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
});

test('a village rejection is appealed to the town; after the window no more appeal', async () => {
  const c = await k.fileIllness();
  const rejected = await k.review('village_cadre', c.claimId, 'reject', { note: '不是本户成员' });
  // Saturday 11-28 + 10 working days → Friday 12-11.
  expect(rejected.rejection).toMatchObject({
    level: 'village',
    appealTo: 'town',
    appealBy: '2026-12-11',
  });
  k.days(14);
  const late = await k.ok('villager', 'get', { claimId: c.claimId });
  expect(late.can.appeal).toBe(false);
  expect(
    await k.call('villager', 'appeal', {
      claimId: c.claimId,
      expectedVersion: late.version,
      reason: '当时没看到消息',
    }),
  ).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '申请复核要在12月11日前提出，现在已经过了期限。' },
  });
  // The family's window is not an official's overdue step.
  expect((await k.stats('village_cadre')).overdue).toBe(0);
});

test('a town rejection appealed lands at the insurer, which then sees the claim', async () => {
  const c = await k.fileIllness();
  await k.review('village_cadre', c.claimId, 'approve', { checks: k.allOk(c) });
  const rejected = await k.review('town_reviewer', c.claimId, 'reject', { note: '家庭收入偏高' });
  expect(rejected.rejection).toMatchObject({ level: 'town', appealTo: 'insurer' });
  expect((await k.call('insurer', 'get', { claimId: c.claimId })).ok).toBe(false);
  const appealed = await k.ok('villager', 'appeal', {
    claimId: c.claimId,
    expectedVersion: rejected.version,
    reason: '今年看病花了太多钱',
  });
  expect(appealed).toMatchObject({ status: 'town_reviewed', appeal: { toLevel: 'insurer' } });
  expect((await k.ok('insurer', 'get', { claimId: c.claimId })).can.review).toBe(true);
});
