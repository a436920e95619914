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

const plan = (reportId: string, version: number, over: Record<string, unknown> = {}) => ({
  reportId,
  expectedVersion: version,
  planText: '一户一策：先解决看病报销，再安排就业增收。',
  insurance: { enrolled: true, policyNumber: 'FPBX-2026-001' },
  measures: [
    { sector: 'medical_insurance', title: '医疗救助', responsible: '马主任', dueOn: '2026-12-20' },
    { sector: 'health', title: '家庭医生签约', responsible: '王医生', dueOn: '2026-12-15' },
    { sector: 'employment', title: '公益性岗位', responsible: '李干事', dueOn: '2027-01-10' },
  ],
  ...over,
});

test('119 plan → measures → 风险消除 refused with reasons, then accepted → resolved; category back', async () => {
  const approved = await k.toCityApproved();
  const reportId = approved.reportId as string;
  const planned = await k.ok('village_cadre', 'setPlan', plan(reportId, approved.version));
  expect(planned).toMatchObject({
    status: 'assisting',
    waitingFor: null,
    deadline: null,
    planDeadline: null,
    plan: {
      insurance: { enrolled: true, policyNumber: 'FPBX-2026-001' },
      warnings: [],
      setByName: '何建国',
    },
  });
  expect(planned.plan.measures[0]).toMatchObject({
    measureId: expect.any(String),
    department: '市医疗保障局',
    status: 'planned',
    overdue: false,
  });
  // The family sees the plan.
  const mine = await k.ok('villager', 'mine', {});
  expect(mine.items[0].plan.measures).toHaveLength(3);

  // Too early, nothing done, income too low: every reason in plain words.
  const early = await k.call('village_cadre', 'proposeElimination', {
    reportId,
    expectedVersion: planned.version,
    visitedOn: '2026-12-10',
    incomePerHead: 5000,
    method: 'assisted',
    note: '想申请风险消除',
  });
  expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  const message = early.ok ? '' : early.error.message;
  expect(message).toContain('纳入监测还不满6个月');
  expect(message).toContain('还没有一项帮扶措施办好');
  expect(message).toContain('低于');

  const m0 = planned.plan.measures[0].measureId as string;
  const done = await k.ok('village_cadre', 'updateMeasure', {
    reportId,
    expectedVersion: planned.version,
    measureId: m0,
    status: 'done',
    note: '报销到账',
  });
  expect(done.plan.measures[0]).toMatchObject({ status: 'done', note: '报销到账' });
  k.days(200);
  const proposed = await k.ok('village_cadre', 'proposeElimination', {
    reportId,
    expectedVersion: done.version,
    visitedOn: '2027-06-20',
    incomePerHead: 12_000,
    method: 'assisted',
    note: '收入稳定了，风险已消除',
  });
  expect(proposed).toMatchObject({
    status: 'elimination_proposed',
    waitingFor: 'town',
    publicity: { ended: false },
    elimination: { incomePerHead: 12_000, resolvedAt: null },
  });
  const pub = await k.ok('villager', 'publicity', {});
  expect(pub.items).toEqual([
    expect.objectContaining({ reportId, headName: '马文礼', kind: 'elimination' }),
  ]);
  expect(JSON.stringify(pub)).not.toMatch(/1389|12000|住院/);
  k.days(6);
  await k.review('town_reviewer', reportId, 'approve');
  const resolved = await k.review('city_approver', reportId, 'approve');
  expect(resolved).toMatchObject({ status: 'resolved', waitingFor: null, elimination: { resolvedAt: expect.any(String) } });
  expect(await t.store.collection(householdsCollection).get('hh-demo-qimou-01')).toMatchObject({
    category: 'lifted',
    monitorType: null,
  });
  const events = await t.store
    .collection(householdEventsCollection)
    .find({ householdId: 'hh-demo-qimou-01', ref: reportId });
  expect(events.items.map((e) => e.kind)).toEqual(
    expect.arrayContaining(['risk.plan_set', 'risk.measure_updated', 'risk.elimination_proposed', 'risk.resolved']),
  );
});

test('return → the filer amends and resubmits → back at the returning stage', async () => {
  const filed = await k.ok('villager', 'submit', k.report());
  await k.review('village_cadre', filed.reportId, 'approve', { visit: k.visit() });
  k.days(6);
  const returned = await k.review('town_reviewer', filed.reportId, 'return', { note: '请补充住院发票照片' });
  expect(returned).toMatchObject({ status: 'returned', waitingFor: 'family', returnNote: '请补充住院发票照片' });
  const mineView = await k.ok('villager', 'get', { reportId: filed.reportId });
  expect(mineView.can).toMatchObject({ resubmit: true, appeal: false });
  // Only the filer resubmits.
  expect(
    await k.call('village_cadre', 'resubmit', {
      reportId: filed.reportId,
      expectedVersion: returned.version,
      answer: '补上了',
    }),
  ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  const again = await k.ok('villager', 'resubmit', {
    reportId: filed.reportId,
    expectedVersion: returned.version,
    answer: '发票照片补上了',
    estimatedCost: 52_000,
  });
  expect(again).toMatchObject({ status: 'village_verified', waitingFor: 'town', returnNote: null, estimatedCost: 52_000 });
  expect(again.steps.map((s: { kind: string }) => s.kind)).toEqual([
    'submitted',
    'approved',
    'returned',
    'resubmitted',
  ]);
});

test('reject + appeal lands at the level above; the city appeal goes to another approver; once only', async () => {
  // Village rejects → appeal goes to the town.
  const a = await k.ok('villager', 'submit', k.report());
  const rejected = await k.review('village_cadre', a.reportId, 'reject', { note: '家里收入较高' });
  expect(rejected).toMatchObject({
    status: 'rejected',
    waitingFor: 'family',
    rejection: { level: 'village', reason: '家里收入较高', appealTo: 'town' },
  });
  const appealed = await k.ok('villager', 'appeal', {
    reportId: a.reportId,
    expectedVersion: rejected.version,
    reason: '收入是去年的，今年没有了',
  });
  expect(appealed).toMatchObject({ status: 'village_verified', waitingFor: 'town', isAppeal: true, appeal: { toLevel: 'town' } });
  const rejected2 = await k.review('town_reviewer', a.reportId, 'reject', { note: '复核后仍不符合' });
  expect(rejected2.rejection.appealTo).toBeNull();
  expect(rejected2.can.appeal).toBe(false);
  expect(
    await k.call('villager', 'appeal', { reportId: a.reportId, expectedVersion: rejected2.version, reason: '再申请一次' }),
  ).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这件申报已经申请过复核，不能再次申请。' } });

  // City rejects → the appeal is decided by another city approver.
  const b = await k.toCityApproved({ risks: ['accident'], description: '车祸受伤住院' });
  expect(b.status).toBe('city_approved');
  const c = await k.ok('villager', 'submit', k.report({ description: '另一件事，孩子上学花销大', risks: ['education'] }));
  await k.review('village_cadre', c.reportId, 'approve', { visit: k.visit({ confirmedRisks: ['education'] }) });
  k.days(6);
  await k.review('town_reviewer', c.reportId, 'approve');
  const cityNo = await k.review('city_approver', c.reportId, 'reject', { note: '已享受教育资助' });
  const cityAppeal = await k.ok('villager', 'appeal', {
    reportId: c.reportId,
    expectedVersion: cityNo.version,
    reason: '资助不够学费',
  });
  expect(cityAppeal).toMatchObject({ status: 'town_reviewed', appeal: { toLevel: 'city' } });
  expect(
    await k.call('city_approver', 'review', { reportId: c.reportId, expectedVersion: cityAppeal.version, decision: 'approve' }),
  ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  expect(
    (await k.ok('admin', 'review', { reportId: c.reportId, expectedVersion: cityAppeal.version, decision: 'approve' })).status,
  ).toBe('city_approved');
});
