import { sendAsClient } from '../platform/test-support/direct-upload-kit';
import { demoImagePng } from '../exhibits/seed/demo-image';
import {
  householdEventsCollection,
  usersCollection,
} from '../platform/runtime/platform-collections';
import { devOpenid } from '../platform/adapters/local/dev-personas';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { riskReportsCollection } from './risk-collections';
import { NO_HOUSEHOLD_MESSAGE } from './submit.handler';
import { STALE_MESSAGE } from './risk-case-workflow';
import { riskKit } from './risk-test-kit';

let t: TestPlatform;
let k: ReturnType<typeof riskKit>;
beforeEach(async () => {
  t = await createTestPlatform();
  k = riskKit(t);
});
afterEach(() => t.cleanup());

const code = (r: Awaited<ReturnType<typeof k.call>>) => (r.ok ? 'OK' : r.error.code);

test('two reviewers with the same version: one wins, the other is CONFLICT, nothing written twice', async () => {
  const filed = await k.ok('villager', 'submit', k.report());
  const body = {
    reportId: filed.reportId,
    expectedVersion: filed.version,
    decision: 'approve',
    visit: k.visit(),
  };
  const [a, b] = await Promise.all([
    k.call('village_cadre', 'review', body),
    k.call({ persona: 'village_cadre', as: 'second' }, 'review', body),
  ]);
  expect([code(a), code(b)].sort()).toEqual(['CONFLICT', 'OK']);
  const loser = a.ok ? b : a;
  expect(loser.ok ? '' : loser.error.message).toBe(STALE_MESSAGE);
  const doc = await t.store.collection(riskReportsCollection).get(String(filed.reportId));
  expect(doc?.steps.map((s) => s.kind)).toEqual(['submitted', 'approved']);
  expect(doc?._version).toBe(2);
  // A stale version later is the same plain CONFLICT.
  expect(await k.call('town_reviewer', 'review', { ...body, visit: undefined })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: STALE_MESSAGE },
  });
});

test('replaying submit and review with one idempotency key returns the first answer, one effect', async () => {
  const first = await k.call('villager', 'submit', k.report(), 'key-submit-1');
  const again = await k.call('villager', 'submit', k.report(), 'key-submit-1');
  expect(again).toEqual(first);
  expect(await t.store.collection(riskReportsCollection).count({})).toBe(1);
  const reportId = first.ok ? String(first.data.reportId) : '';
  const body = { reportId, expectedVersion: 1, decision: 'reject', note: '收入超过监测范围' };
  const r1 = await k.call('village_cadre', 'review', body, 'key-review-1');
  const r2 = await k.call('village_cadre', 'review', body, 'key-review-1');
  expect(r1.ok).toBe(true);
  expect(r2).toEqual(r1);
  const doc = await t.store.collection(riskReportsCollection).get(reportId);
  expect(doc?.steps).toHaveLength(2);
});

test('scope: other villagers, other villages and other towns get NOT_FOUND', async () => {
  const filed = await k.ok('villager', 'submit', k.report());
  // A town reviewer of 枹罕镇.
  await t.tokenFor('town_reviewer', 'baohan');
  await t.store
    .collection(usersCollection)
    .find({ openid: devOpenid('town_reviewer', 'baohan') })
    .then(({ items }) =>
      t.store.collection(usersCollection).update(items[0]?._id ?? '', {
        set: { townId: 'town-baohan', orgUnitId: 'town-baohan' },
      }),
    );
  for (const who of [
    'villager_b',
    'village_cadre_b',
    { persona: 'town_reviewer', as: 'baohan' },
  ] as const) {
    expect(code(await k.call(who, 'get', { reportId: filed.reportId }))).toBe('NOT_FOUND');
  }
  expect(
    code(
      await k.call('village_cadre_b', 'review', {
        reportId: filed.reportId,
        expectedVersion: filed.version,
        decision: 'approve',
        visit: k.visit(),
      }),
    ),
  ).toBe('NOT_FOUND');
  expect((await k.list('village_cadre_b', 'queue', { view: 'all' })).items).toEqual([]);
  expect((await k.list('villager_b', 'mine', {})).items).toEqual([]);
  expect((await k.stats({ persona: 'town_reviewer', as: 'baohan' })).total).toBe(0);
  // A cadre's 排查 only in their own village.
  expect(
    code(await k.call('village_cadre_b', 'submit', k.report({ householdId: 'hh-demo-qimou-02' }))),
  ).toBe('NOT_FOUND');
  // A villager may not name another household.
  expect(
    code(await k.call('villager', 'submit', k.report({ householdId: 'hh-demo-qimou-02' }))),
  ).toBe('NOT_FOUND');
  // Without a household and without proxy: told to link one first.
  expect(await k.call({ persona: 'villager', as: 'nohome' }, 'submit', k.report())).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: NO_HOUSEHOLD_MESSAGE },
  });
});

test('proxy filing records who filed and their relation, reveals nothing, and is linked at the visit', async () => {
  const proxy = (name: string) =>
    k.report({
      proxy: {
        relation: 'child',
        name,
        villageId: 'village-baohan-wangping',
        reason: '母亲年纪大，不会用手机',
      },
    });
  // The same answer whether or not such a household exists.
  const real = await k.ok('villager', 'submit', proxy('王桂兰'));
  const made = await k.ok('villager', 'submit', proxy('不存在'));
  const shape = (r: Record<string, unknown>) => ({
    ...r,
    reportId: 'x',
    subjectName: 'x',
    submittedAt: 'x',
    updatedAt: 'x',
    description: 'x',
    consent: 'x',
    steps: 'x',
  });
  expect(shape(real)).toEqual(shape(made));
  expect(real).toMatchObject({
    householdId: null,
    villageId: 'village-baohan-wangping',
    subjectName: '王桂兰',
    proxy: true,
    filedBy: { name: '马文礼', relation: 'child', proxyReason: '母亲年纪大，不会用手机' },
    waitingFor: 'village',
  });
  // The filer follows it; 王坪村's cadre works it; nothing lands on any household yet.
  expect((await k.list('villager', 'mine', {})).items.map((i) => i.reportId)).toContain(
    real.reportId,
  );
  expect(await t.store.collection(householdEventsCollection).count({ ref: real.reportId })).toBe(0);
  // Approval needs the household the visit found (in the report's village).
  expect(
    await k.call('village_cadre_b', 'review', {
      reportId: real.reportId,
      expectedVersion: real.version,
      decision: 'approve',
      visit: k.visit(),
    }),
  ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  expect(
    code(
      await k.call('village_cadre_b', 'review', {
        reportId: real.reportId,
        expectedVersion: real.version,
        decision: 'approve',
        visit: k.visit({ householdId: 'hh-demo-qimou-01' }),
      }),
    ),
  ).toBe('NOT_FOUND');
  const linked = await k.review('village_cadre_b', real.reportId, 'approve', {
    visit: k.visit({ householdId: 'hh-demo-wangping-01' }),
  });
  expect(linked).toMatchObject({ householdId: 'hh-demo-wangping-01', status: 'village_verified' });
  // The filer (another household) is not told which household record it was linked to.
  expect(await k.ok('villager', 'get', { reportId: real.reportId })).toMatchObject({
    householdId: null,
    status: 'village_verified',
  });
  // Now the family of that household sees it too, with who filed it.
  expect(await k.ok('villager_b', 'get', { reportId: real.reportId })).toMatchObject({
    filedBy: { name: '马文礼', relation: 'child' },
  });
  const pub = await k.publicity('villager_b');
  expect(pub.items).toEqual([
    expect.objectContaining({
      headName: '王桂兰',
      kind: 'identification',
      memberCount: expect.any(Number),
    }),
  ]);
  expect((await k.publicity('villager')).items).toEqual([]);
});

test('deadlines count working days across 国庆 and show overdue from the clock', async () => {
  // Thursday 2026-09-24 (China): 中秋 9-25…27 and 国庆 10-01…07 are off → due Friday 10-09.
  t.clock.set(new Date('2026-09-24T02:00:00Z'));
  const filed = await k.ok('villager', 'submit', k.report());
  expect(filed.deadline).toEqual({ dueOn: '2026-10-09', daysLeft: 5, overdue: false });
  const other = await k.ok('villager', 'submit', k.report({ description: '第二件事情的说明' }));
  // Monday 10-12: Saturday 10-10 was a make-up working day, so two working days late.
  t.clock.set(new Date('2026-10-12T02:00:00Z'));
  const late = await k.ok('village_cadre', 'get', { reportId: filed.reportId });
  expect(late.deadline).toEqual({ dueOn: '2026-10-09', daysLeft: -2, overdue: true });
  await k.review('village_cadre', other.reportId, 'approve', { visit: k.visit() });
  const overdue = await k.list('village_cadre', 'queue', { overdueOnly: true });
  expect(overdue.items.map((i) => i.reportId)).toEqual([filed.reportId]);
  const stats = await k.stats('town_reviewer');
  expect(stats).toMatchObject({ scopeName: '折桥镇', total: 2, open: 2, overdue: 1 });
  expect(stats.byStatus).toMatchObject({ submitted: 1, village_verified: 1 });
  expect(stats.byRiskType.illness).toBe(2);
  expect(stats.byUnit).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ unitId: 'village-zheqiao-qimou', open: 2, overdue: 1 }),
    ]),
  );
  expect((await k.stats('city_approver')).byUnit).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ unitId: 'town-zheqiao', unitName: '折桥镇', open: 2 }),
    ]),
  );
});

test('the 待办 queue is sorted by due date and pages with a cursor', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    ids.push(
      String(
        (await k.ok('villager', 'submit', k.report({ description: `第${i}件事情说明` }))).reportId,
      ),
    );
    k.days(3); // Sat, Tue, Fri: due 12-04, 12-08, 12-11
  }
  const p1 = await k.list('village_cadre', 'queue', { limit: 2 });
  expect(p1.items.map((i) => i.reportId)).toEqual(ids.slice(0, 2));
  const p2 = await k.list('village_cadre', 'queue', { limit: 2, cursor: p1.nextCursor });
  expect(p2.items.map((i) => i.reportId)).toEqual(ids.slice(2));
  expect(p2.nextCursor).toBeNull();
  const all = await k.list('city_approver', 'queue', { view: 'all' });
  expect(all.items.map((i) => i.reportId)).toEqual([...ids].reverse());
});

test('photos: the same checks as the museum uploads; only your own uploads can be attached', async () => {
  const up = await k.upload('villager', demoImagePng(5, 32, 24));
  expect(up).toMatchObject({ fileId: expect.any(String), url: expect.any(String) });
  const notImage = await sendAsClient(
    t.platform,
    k.call,
    'villager',
    Buffer.from('not an image at all'),
  );
  expect(await k.call('villager', 'uploadPhoto', { photo: notImage })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED' },
  });
  expect(
    await k.call('villager_b', 'submit', k.report({ photoFileIds: [up.fileId], proxy: undefined })),
  ).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { photoFileIds: expect.any(String) } },
  });
  const filed = await k.ok('villager', 'submit', k.report({ photoFileIds: [up.fileId] }));
  expect(filed.photos).toEqual([{ fileId: up.fileId, url: expect.any(String) }]);
});

test('a 绿色通道 report gets its plan before approval and goes straight to assisting on 市审定', async () => {
  const filed = await k.ok('villager', 'submit', k.report({ risks: ['accident'], urgent: true }));
  expect(filed.can).toMatchObject({ setPlan: false });
  expect((await k.ok('village_cadre', 'get', { reportId: filed.reportId })).can.setPlan).toBe(true);
  const planned = await k.ok('village_cadre', 'setPlan', {
    reportId: filed.reportId,
    expectedVersion: filed.version,
    planText: '先行救助：临时救助和医疗救助。',
    insurance: { enrolled: false },
    measures: [
      { sector: 'civil_affairs', title: '临时救助', responsible: '何建国', dueOn: '2026-12-01' },
    ],
  });
  expect(planned).toMatchObject({ status: 'submitted', waitingFor: 'village' });
  // Only 民政 for a family that can work is flagged (民政 does cover 因意外事故).
  expect(planned.plan?.warnings).toEqual([expect.stringContaining('家里有能干活的人')]);
  // A normal report may not get a plan before approval.
  const normal = await k.ok('villager', 'submit', k.report());
  expect(
    await k.call('village_cadre', 'setPlan', {
      reportId: normal.reportId,
      expectedVersion: normal.version,
      planText: '先行救助：临时救助和医疗救助。',
      insurance: { enrolled: false },
      measures: [
        { sector: 'civil_affairs', title: '临时救助', responsible: '何建国', dueOn: '2026-12-01' },
      ],
    }),
  ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  await k.review('village_cadre', filed.reportId, 'approve', {
    visit: k.visit({ confirmedRisks: ['accident'] }),
  });
  k.days(6);
  await k.review('town_reviewer', filed.reportId, 'approve');
  const approved = await k.review('city_approver', filed.reportId, 'approve');
  expect(approved).toMatchObject({
    status: 'assisting',
    waitingFor: null,
    monitorType: expect.any(String),
  });
});

test('queue, mine and stats queries use indexes (the 待办 query sorts by the index, no temp sort)', async () => {
  await k.ok('villager', 'submit', k.report()); // creates the table and its indexes
  const queues = [
    t.store.explainFind(
      riskReportsCollection,
      { townId: 't', waitingFor: 'town' },
      { sort: [['dueOn', 'asc']] },
    ),
    t.store.explainFind(
      riskReportsCollection,
      { villageId: 'v', waitingFor: 'village', dueOn: { $lt: '2026-12-01' } },
      { sort: [['dueOn', 'asc']] },
    ),
    t.store.explainFind(
      riskReportsCollection,
      { waitingFor: 'city' },
      { sort: [['dueOn', 'asc']] },
    ),
  ];
  for (const plan of queues) {
    const text = plan.join('\n');
    expect(text).toMatch(/USING (COVERING )?INDEX ix_risk_reports_/);
    expect(text).not.toMatch(/^SCAN c_risk_reports$/m);
    expect(text).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  }
  for (const plan of [
    t.store.explainFind(
      riskReportsCollection,
      { townId: 't' },
      { sort: [['submittedAt', 'desc']] },
    ),
    t.store.explainFind(
      riskReportsCollection,
      { $or: [{ householdId: 'h' }, { filerId: 'u' }] },
      { sort: [['submittedAt', 'desc']] },
    ),
  ])
    expect(plan.join('\n')).not.toMatch(/^SCAN c_risk_reports$/m);
});

test('the appeal window: 10 working days after the rejection, then no more appeal', async () => {
  const filed = await k.ok('villager', 'submit', k.report());
  const rejected = await k.review('village_cadre', filed.reportId, 'reject', { note: '收入较高' });
  // Saturday 11-28 + 10 working days → Friday 12-11.
  expect(rejected.rejection).toMatchObject({ appealTo: 'town', appealBy: '2026-12-11' });
  expect(rejected.deadline).toMatchObject({ dueOn: '2026-12-11' });
  k.days(14); // 12-12
  const late = await k.ok('villager', 'get', { reportId: filed.reportId });
  expect(late.can.appeal).toBe(false);
  expect(late.rejection).toMatchObject({ appealTo: null });
  expect(
    await k.call('villager', 'appeal', {
      reportId: filed.reportId,
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
