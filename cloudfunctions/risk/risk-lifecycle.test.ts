import { householdsCollection } from '../households/household-collections';
import {
  auditCollection,
  householdEventsCollection,
} from '../platform/runtime/platform-collections';
import { notificationOutbox } from '../platform/test-support/outbox-reader';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { riskReportsCollection } from './risk-collections';
import { riskKit } from './risk-test-kit';

let t: TestPlatform;
let k: ReturnType<typeof riskKit>;
beforeEach(async () => {
  t = await createTestPlatform();
  k = riskKit(t);
});
afterEach(() => t.cleanup());

test('a villager files for their household; village → 公示 → town → city takes it into monitoring', async () => {
  // 2026-11-28 is a Saturday in China: 5 working days → Friday 12-04.
  const filed = await k.ok('villager', 'submit', k.report());
  expect(filed).toMatchObject({
    status: 'submitted',
    householdId: 'hh-demo-qimou-01',
    villageId: 'village-zheqiao-qimou',
    subjectName: '马文礼',
    waitingFor: 'village',
    deadline: { dueOn: '2026-12-04', overdue: false },
    contactPhoneMasked: expect.stringContaining('****'),
    consent: { version: expect.any(String), purpose: expect.any(String) },
    filedBy: { name: '马文礼', role: 'villager', relation: null },
    can: { review: false, resubmit: false, appeal: false },
  });
  const stored = await t.store.collection(riskReportsCollection).get(filed.reportId);
  expect(JSON.stringify(stored)).not.toContain('13893010011');

  const todo = await k.ok('village_cadre', 'queue', {});
  expect(todo.items.map((i: { reportId: string }) => i.reportId)).toEqual([filed.reportId]);
  expect(todo.items[0].deadline).toMatchObject({ dueOn: '2026-12-04', daysLeft: 5 });
  expect((await k.ok('town_reviewer', 'queue', {})).items).toEqual([]);

  // The village must record the visit.
  expect(
    await k.call('village_cadre', 'review', {
      reportId: filed.reportId,
      expectedVersion: filed.version,
      decision: 'approve',
    }),
  ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fieldErrors: { visit: expect.any(String) } } });
  // The town may not act at the village's step.
  expect(
    await k.call('town_reviewer', 'review', {
      reportId: filed.reportId,
      expectedVersion: filed.version,
      decision: 'approve',
    }),
  ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

  const verified = await k.review('village_cadre', filed.reportId, 'approve', { visit: k.visit() });
  expect(verified).toMatchObject({
    status: 'village_verified',
    waitingFor: 'town',
    publicity: { startsOn: '2026-11-28', endsOn: '2026-12-03', ended: false },
    visit: { incomePerHead: 6000, byName: '何建国' },
  });
  // Whole identification ≤ 15 working days from submission.
  expect(verified.deadline.dueOn).toBe('2026-12-18');

  // 公示 gate.
  const early = await k.call('town_reviewer', 'review', {
    reportId: filed.reportId,
    expectedVersion: verified.version,
    decision: 'approve',
  });
  expect(early).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '公示到12月3日结束，结束后才能审核。' },
  });

  k.days(6); // 2026-12-04
  const reviewed = await k.review('town_reviewer', filed.reportId, 'approve');
  expect(reviewed).toMatchObject({ status: 'town_reviewed', waitingFor: 'city' });

  const approved = await k.review('city_approver', filed.reportId, 'approve');
  expect(approved).toMatchObject({
    status: 'city_approved',
    monitorType: 'unstable',
    waitingFor: 'village',
    planDeadline: { dueOn: '2026-12-11' },
    can: { setPlan: true, review: false },
  });
  expect((await k.ok('village_cadre', 'get', { reportId: filed.reportId })).can.setPlan).toBe(true);
  const h = await t.store.collection(householdsCollection).get('hh-demo-qimou-01');
  expect(h).toMatchObject({ category: 'monitored', monitorType: 'unstable' });
  const doc = await t.store.collection(riskReportsCollection).get(filed.reportId);
  expect(doc).toMatchObject({ categoryBefore: 'lifted', monitorTypeBefore: null });

  // One audit entry, one household event per transition; notices to the filer.
  const audit = await t.store
    .collection(auditCollection)
    .find({ entity: 'risk_report', entityId: filed.reportId }, { sort: [['at', 'asc']] });
  expect(audit.items.map((a) => a.to).sort()).toEqual([
    'city_approved',
    'submitted',
    'town_reviewed',
    'village_verified',
  ]);
  const events = await t.store
    .collection(householdEventsCollection)
    .find({ householdId: 'hh-demo-qimou-01', ref: filed.reportId }, { sort: [['at', 'asc']] });
  expect(events.items.map((e) => e.kind).sort()).toEqual([
    'risk.monitored',
    'risk.submitted',
    'risk.town_reviewed',
    'risk.village_verified',
  ]);
  expect(JSON.stringify(events.items)).not.toMatch(/50000|6000|住院|手术/);
  const notices = (await notificationOutbox(t.store)).filter((n) =>
    n.template.startsWith('risk.'),
  );
  expect(notices.map((n) => n.template)).toEqual([
    'risk.village_verified',
    'risk.town_reviewed',
    'risk.city_approved',
  ]);
  expect(notices[2]?.data).toMatchObject({
    reportId: filed.reportId,
    message: expect.stringContaining('12月11日前制定帮扶计划'),
  });
});
