import { usersCollection } from '../platform/runtime/platform-collections';
import { devOpenid } from '../platform/adapters/local/dev-personas';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { claimsCollection, claimUploadsCollection } from './claim-collections';
import { STALE_MESSAGE } from './claim-case-workflow';
import { ILLNESS_ITEMS_BUT_SLIPS, claimsKit } from './claims-test-kit';
import { NO_HOUSEHOLD_MESSAGE } from './submit.handler';

let t: TestPlatform;
let k: ReturnType<typeof claimsKit>;
beforeEach(async () => {
  t = await createTestPlatform();
  k = claimsKit(t);
});
afterEach(() => t.cleanup());

const code = (r: Awaited<ReturnType<typeof k.call>>) => (r.ok ? 'OK' : r.error.code);
const EDUCATION = [
  'id_card',
  'hukou',
  'bank_card',
  'admission_or_enrolment',
  'fee_receipts',
  'grants_received',
];
const education = (tuition: number) => ({
  type: 'education',
  amounts: { tuition, lodging: 0, books: 0, grants: 0 },
});

async function moveTownReviewer() {
  await t.tokenFor('town_reviewer', 'baohan');
  const { items } = await t.store
    .collection(usersCollection)
    .find({ openid: devOpenid('town_reviewer', 'baohan') });
  await t.store.collection(usersCollection).update(items[0]?._id ?? '', {
    set: { townId: 'town-baohan', orgUnitId: 'town-baohan' },
  });
}

test('schemes lists the four types with their amounts and rules, marked 演示方案', async () => {
  const r = await k.call('villager', 'schemes', {});
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const data = r.data as unknown as {
    scheme: { isDemo: boolean; label: string };
    types: Array<{ type: string; amounts: Array<{ key: string }>; yearlyCap: number }>;
  };
  expect(data.scheme).toMatchObject({ isDemo: true, label: '演示方案' });
  expect(data.types.map((x) => [x.type, x.amounts.map((a) => a.key), x.yearlyCap])).toEqual([
    ['illness', ['selfPaid'], 200_000],
    ['education', ['tuition', 'lodging', 'books', 'grants'], 10_000],
    ['disaster', ['loss'], 30_000],
    ['accident', ['loss'], 30_000],
  ]);
  expect(code(await k.call(null, 'schemes', {}))).toBe('UNAUTHENTICATED');
});

test('estimate: the payout with its lines; what the household was granted this year counts against the cap', async () => {
  const r = await k.call('villager', 'estimate', {
    type: 'illness',
    amounts: { selfPaid: 40_000 },
  });
  expect(r).toMatchObject({ ok: true, data: { payout: 20_500 } });
  expect(
    await k.call('villager', 'estimate', { type: 'illness', amounts: { loss: 40_000 } }),
  ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  // An education claim approved at 8,000 leaves 2,000 of the 10,000 cap.
  const c = await k.file('villager', EDUCATION, education(19_000));
  expect(c.estimate).toBe(8_000);
  await k.review('village_cadre', c.claimId, 'approve', { checks: k.allOk(c) });
  await k.review('town_reviewer', c.claimId, 'approve');
  await k.review('insurer', c.claimId, 'approve', { survey: k.survey({ assessedAmount: 8_000 }) });
  await k.review('city_approver', c.claimId, 'approve', { approvedAmount: 8_000 });
  const est = await k.call('villager', 'estimate', education(30_000));
  expect(est).toMatchObject({ ok: true, data: { payout: 2_000 } });
  const lines = est.ok ? (est.data.lines as Array<{ kind: string }>) : [];
  expect(lines.at(-1)).toMatchObject({
    kind: 'cap',
    paidThisYear: 8_000,
    left: 2_000,
    applied: true,
  });
  // Illness has its own cap; a cadre's estimate is for a household paid nothing yet.
  expect(
    await k.call('villager', 'estimate', { type: 'illness', amounts: { selfPaid: 40_000 } }),
  ).toMatchObject({ ok: true, data: { payout: 20_500 } });
  expect(await k.call('village_cadre', 'estimate', education(30_000))).toMatchObject({
    ok: true,
    data: { payout: 10_000 },
  });
});

test('the city may approve at most what is left of the household’s yearly cap', async () => {
  const first = await k.file('villager', EDUCATION, education(19_000));
  for (const [who, extra] of [
    ['village_cadre', { checks: k.allOk(first) }],
    ['town_reviewer', {}],
    ['insurer', { survey: k.survey({ assessedAmount: 8_000 }) }],
    ['city_approver', { approvedAmount: 8_000 }],
  ] as const)
    await k.review(who, first.claimId, 'approve', extra);
  const second = await k.file('villager', EDUCATION, education(30_000));
  expect(second.estimate).toBe(2_000);
  await k.review('village_cadre', second.claimId, 'approve', { checks: k.allOk(second) });
  await k.review('town_reviewer', second.claimId, 'approve');
  const surveyed = await k.review('insurer', second.claimId, 'approve', {
    survey: k.survey({ assessedAmount: 13_500 }),
  });
  const before = t.digest();
  expect(
    await k.call('city_approver', 'review', {
      claimId: second.claimId,
      expectedVersion: surveyed.version,
      decision: 'approve',
      approvedAmount: 5_000,
    }),
  ).toMatchObject({
    ok: false,
    error: {
      code: 'VALIDATION_FAILED',
      fieldErrors: { approvedAmount: '超过了这户今年剩下的赔付额度（还剩2000元）' },
    },
  });
  expect(t.digest()).toBe(before);
  const ok = await k.review('city_approver', second.claimId, 'approve', { approvedAmount: 2_000 });
  expect(ok).toMatchObject({ status: 'approved', approvedAmount: 2_000 });
});

test('submit: own household or a member by proxy (authorisation paper needed), own photos only, late disasters marked', async () => {
  // A proxy for a member: recorded, and the authorisation paper is on the checklist.
  const proxied = await k.file('villager', ILLNESS_ITEMS_BUT_SLIPS, {
    proxy: { relation: 'spouse', name: '韩秀英' },
  });
  expect(proxied).toMatchObject({
    subjectName: '韩秀英',
    proxy: true,
    filedBy: { name: '马文礼', relation: 'spouse' },
  });
  expect(proxied.missing.map((m) => m.id)).toEqual(['proxy_authorisation', 'settlement_slips']);
  // Not a member of the household.
  expect(
    await k.call(
      'villager',
      'submit',
      k.claim({ proxy: { relation: 'neighbour', name: '王德明' } }),
    ),
  ).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { 'proxy.name': expect.any(String) } },
  });
  // Someone else's photo.
  const foreign = await k.papers('villager_b', ['id_card']);
  expect(await k.call('villager', 'submit', k.claim({ documents: foreign }))).toMatchObject({
    ok: false,
    error: {
      code: 'VALIDATION_FAILED',
      fieldErrors: { 'documents.0.fileIds': expect.any(String) },
    },
  });
  // No household linked.
  expect(await k.call({ persona: 'villager', as: 'nohome' }, 'submit', k.claim())).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: NO_HOUSEHOLD_MESSAGE },
  });
  // A disaster more than 24 h ago is accepted, marked late; one within 24 h is not.
  const disaster = (over: Record<string, unknown>) =>
    k.ok('villager', 'submit', k.claim({ type: 'disaster', amounts: { loss: 30_000 }, ...over }));
  const late = await disaster({ incidentOn: '2026-11-20' });
  expect(late).toMatchObject({ late: true, estimate: 10_000, status: 'reported' });
  const timely = await disaster({
    incidentOn: '2026-11-28',
    incidentAt: '2026-11-27T18:00:00.000Z',
  });
  expect(timely.late).toBe(false);
});

test('bad input writes nothing', async () => {
  const docs = await k.papers('villager', ['id_card']);
  const before = t.digest();
  for (const payload of [
    k.claim({ amounts: { selfPaid: -1 } }),
    k.claim({ amounts: { loss: 1000 } }),
    k.claim({ bankAccount: '1234' }),
    k.claim({ consent: { version: 'old', purpose: 'x', at: '2026-11-28T01:00:00.000Z' } }),
    k.claim({ documents: [{ item: 'loss_list', fileIds: [docs[0]?.fileIds[0]] }] }),
    k.claim({ documents: [{ item: 'id_card', fileIds: ['claims/2026-11/not-mine.png'] }] }),
    k.claim({ type: 'accident', amounts: { loss: 1000 } }),
    k.claim({ proxy: { relation: 'spouse', name: '不存在' } }),
    k.claim({ incidentOn: '2026-11-29' }),
  ]) {
    const r = await k.call('villager', 'submit', payload);
    expect(code(r)).toBe('VALIDATION_FAILED');
  }
  const c = await k.fileIllness();
  await t.tokenFor('village_cadre');
  const afterSubmit = t.digest();
  for (const payload of [
    { claimId: c.claimId, expectedVersion: c.version, decision: 'reject' },
    { claimId: c.claimId, expectedVersion: c.version, decision: 'approve' },
    {
      claimId: c.claimId,
      expectedVersion: c.version,
      decision: 'approve',
      checks: k.allOk(c).slice(1),
    },
    {
      claimId: c.claimId,
      expectedVersion: c.version,
      decision: 'approve',
      checks: k.allOk(c),
      approvedAmount: 100,
    },
    {
      claimId: c.claimId,
      expectedVersion: c.version,
      decision: 'approve',
      checks: [...k.allOk(c), { item: 'loss_list', state: 'ok' }],
    },
  ]) {
    const r = await k.call('village_cadre', 'review', payload);
    expect(code(r)).toBe('VALIDATION_FAILED');
  }
  expect(t.digest()).toBe(afterSubmit);
  expect(before).not.toBe(afterSubmit);
});

test('replaying submit and review with one idempotency key returns the first answer, one effect', async () => {
  const documents = await k.papers('villager', ['id_card', 'hukou']);
  const body = k.claim({ documents });
  const first = await k.call('villager', 'submit', body, 'key-claim-1');
  const again = await k.call('villager', 'submit', body, 'key-claim-1');
  expect(again).toEqual(first);
  expect(await t.store.collection(claimsCollection).count({})).toBe(1);
  expect(
    code(await k.call('villager', 'submit', { ...body, bankName: '中国农业银行' }, 'key-claim-1')),
  ).toBe('CONFLICT');
  const claimId = first.ok ? String(first.data.claimId) : '';
  const review = { claimId, expectedVersion: 1, decision: 'reject', note: '不是因病' };
  const r1 = await k.call('village_cadre', 'review', review, 'key-review-1');
  const r2 = await k.call('village_cadre', 'review', review, 'key-review-1');
  expect(r1.ok).toBe(true);
  expect(r2).toEqual(r1);
  expect((await t.store.collection(claimsCollection).get(claimId))?.steps).toHaveLength(2);
});

test('two reviewers with the same version: one wins, the other is CONFLICT; a stale version is CONFLICT', async () => {
  const c = await k.fileIllness();
  const body = {
    claimId: c.claimId,
    expectedVersion: c.version,
    decision: 'approve',
    checks: k.allOk(c),
  };
  const [a, b] = await Promise.all([
    k.call('village_cadre', 'review', body),
    k.call({ persona: 'village_cadre', as: 'second' }, 'review', body),
  ]);
  expect([code(a), code(b)].sort()).toEqual(['CONFLICT', 'OK']);
  const doc = await t.store.collection(claimsCollection).get(c.claimId);
  expect(doc?.steps.map((s) => s.kind)).toEqual(['submitted', 'approved']);
  expect(await k.call('town_reviewer', 'review', { ...body, checks: undefined })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: STALE_MESSAGE },
  });
});

test('scope: other households, villages, towns get NOT_FOUND; the insurer only after the town; roles outside the table FORBIDDEN', async () => {
  const c = await k.fileIllness();
  await moveTownReviewer();
  for (const who of [
    'villager_b',
    'village_cadre_b',
    { persona: 'town_reviewer', as: 'baohan' },
    'insurer',
  ] as const)
    expect(code(await k.call(who, 'get', { claimId: c.claimId }))).toBe('NOT_FOUND');
  const approve = {
    claimId: c.claimId,
    expectedVersion: c.version,
    decision: 'approve',
    checks: k.allOk(c),
  };
  expect(code(await k.call('village_cadre_b', 'review', approve))).toBe('NOT_FOUND');
  expect(code(await k.call('insurer', 'review', { ...approve, checks: undefined }))).toBe(
    'NOT_FOUND',
  );
  expect((await k.list('village_cadre_b', 'queue', { view: 'all' })).items).toEqual([]);
  expect((await k.list('insurer', 'queue', { view: 'all' })).items).toEqual([]);
  expect((await k.list('villager_b', 'mine')).items).toEqual([]);
  expect((await k.stats({ persona: 'town_reviewer', as: 'baohan' })).total).toBe(0);
  expect((await k.stats('insurer')).total).toBe(0);
  // The contract's table: villagers do not work queues, the insurer does not file, cadres do not pay.
  expect(code(await k.call('villager', 'queue', {}))).toBe('FORBIDDEN');
  expect(code(await k.call('insurer', 'submit', k.claim()))).toBe('FORBIDDEN');
  expect(code(await k.call('trainer', 'get', { claimId: c.claimId }))).toBe('FORBIDDEN');
  expect(
    code(
      await k.call('city_approver', 'markPaid', {
        claimId: c.claimId,
        expectedVersion: c.version,
        paidOn: '2026-11-28',
        paymentReference: 'PAY-1',
      }),
    ),
  ).toBe('FORBIDDEN');
  // The town acting at the village's step is told whose step it is.
  expect(await k.call('town_reviewer', 'review', { ...approve, checks: undefined })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '这一步由村里核对材料的人员办理。' },
  });
  // The insurer may not mark a claim paid before the city approved it.
  await k.review('village_cadre', c.claimId, 'approve', { checks: k.allOk(c) });
  const town = await k.review('town_reviewer', c.claimId, 'approve');
  expect(
    await k.call('insurer', 'markPaid', {
      claimId: c.claimId,
      expectedVersion: town.version,
      paidOn: '2026-11-28',
      paymentReference: 'PAY-1',
    }),
  ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  // What the insurer sees: amounts and papers, the account by its last 4 only.
  const seen = await k.ok('insurer', 'get', { claimId: c.claimId });
  expect(seen.bank).toEqual({ name: '甘肃农村信用社', accountLast4: '2345' });
  expect(JSON.stringify(seen)).not.toContain('6229123456789012345');
  expect(seen.documents).toHaveLength(8);
});

test('photos: only image bytes; uploads are recorded with their owner', async () => {
  const up = await k.upload('villager');
  expect(await t.store.collection(claimUploadsCollection).get(up.fileId)).toMatchObject({
    ownerId: expect.any(String),
    contentCheck: 'passed',
  });
  expect(up.fileId).toMatch(/^claims\//);
  const { sendAsClient } = await import('../platform/test-support/direct-upload-kit');
  const notImage = await sendAsClient(t.platform, k.call, 'villager', Buffer.from('not an image'));
  expect(code(await k.call('villager', 'uploadPhoto', { photo: notImage }))).toBe(
    'VALIDATION_FAILED',
  );
  // The insurer uploads survey photos; a villager's photo cannot be a survey photo.
  const c = await k.fileIllness();
  await k.review('village_cadre', c.claimId, 'approve', { checks: k.allOk(c) });
  const town = await k.review('town_reviewer', c.claimId, 'approve');
  expect(
    await k.call('insurer', 'review', {
      claimId: c.claimId,
      expectedVersion: town.version,
      decision: 'approve',
      survey: k.survey({ photoFileIds: [up.fileId] }),
    }),
  ).toMatchObject({
    ok: false,
    error: {
      code: 'VALIDATION_FAILED',
      fieldErrors: { 'survey.photoFileIds': expect.any(String) },
    },
  });
  const own = await k.upload('insurer');
  const surveyed = await k.review('insurer', c.claimId, 'approve', {
    survey: k.survey({ photoFileIds: [own.fileId] }),
  });
  expect(surveyed.status).toBe('surveyed');
});

test('the 待办 queue: sorted by due date, filters, overdue only, cursor paging; mine and stats', async () => {
  const a = await k.fileIllness();
  k.days(3); // Tuesday 12-01
  const b = await k.file('villager', EDUCATION, education(10_000));
  k.days(1); // Wednesday 12-02
  const c = await k.file('villager', ['id_card'], {
    type: 'disaster',
    amounts: { loss: 20_000 },
    incidentOn: '2026-11-30',
  });
  const todo = await k.list('village_cadre', 'queue', {});
  expect(todo.items.map((i) => i.claimId)).toEqual([a.claimId, b.claimId, c.claimId]);
  expect(todo.items[0]?.deadline).toMatchObject({ dueOn: '2026-12-04' });
  const page1 = await k.list('village_cadre', 'queue', { limit: 2 });
  expect(page1.items).toHaveLength(2);
  const page2 = await k.list('village_cadre', 'queue', { limit: 2, cursor: page1.nextCursor });
  expect(page2.items.map((i) => i.claimId)).toEqual([c.claimId]);
  expect(
    (await k.list('village_cadre', 'queue', { type: 'education' })).items.map((i) => i.claimId),
  ).toEqual([b.claimId]);
  expect(
    (
      await k.list('village_cadre', 'queue', { view: 'all', householdId: 'hh-demo-qimou-01' })
    ).items.map((i) => i.claimId),
  ).toEqual([c.claimId, b.claimId, a.claimId]);
  expect(
    (await k.list('village_cadre', 'queue', { view: 'all', status: 'returned' })).items,
  ).toEqual([]);
  expect((await k.list('town_reviewer', 'queue', {})).items).toEqual([]);
  expect((await k.list('village_cadre', 'queue', { overdueOnly: true })).items).toEqual([]);
  k.days(4); // Sunday 12-06: the first is overdue
  const overdue = await k.list('village_cadre', 'queue', { overdueOnly: true });
  expect(overdue.items.map((i) => [i.claimId, i.deadline?.overdue])).toEqual([[a.claimId, true]]);
  expect(
    (await k.list('village_cadre', 'queue', { view: 'all', overdueOnly: true })).items,
  ).toHaveLength(1);

  const mine = await k.list('villager', 'mine', { limit: 2 });
  expect(mine.items.map((i) => i.claimId)).toEqual([c.claimId, b.claimId]);
  expect(mine.nextCursor).not.toBeNull();

  const stats = await k.stats('village_cadre');
  expect(stats).toMatchObject({
    scopeName: '祁牟村',
    total: 3,
    overdue: 1,
    byStatus: { reported: 3, paid: 0 },
    byType: { illness: { claims: 1 }, education: { claims: 1 }, disaster: { claims: 1 } },
    byUnit: [{ unitId: 'village-zheqiao-qimou', claims: 3, open: 3, overdue: 1, paidAmount: 0 }],
  });
  const city = await k.stats('city_approver');
  expect(city.scopeName).toBe('全市');
  expect(city.byUnit.find((u) => u.unitId === 'town-zheqiao')).toMatchObject({ claims: 3 });
});

test('publicity: masked name, village, type and amount only; a villager sees their own village’s', async () => {
  const c = await k.toSurveyed('villager', { proxy: { relation: 'child', name: '马小军' } });
  await k.review('city_approver', c.claimId, 'approve', { approvedAmount: 20_000 });
  const seen = await k.publicity('village_cadre');
  expect(seen.items).toEqual([
    expect.objectContaining({ maskedName: '马*军', approvedAmount: 20_000, type: 'illness' }),
  ]);
  expect(Object.keys(seen.items[0] ?? {}).sort()).toEqual(
    ['approvedAmount', 'claimId', 'endsOn', 'maskedName', 'startsOn', 'type', 'villageName'].sort(),
  );
  expect((await k.publicity('villager_b')).items).toEqual([]);
  expect((await k.publicity('insurer')).items).toHaveLength(1);
  k.days(40);
  expect((await k.publicity('village_cadre')).items).toEqual([]);
});

test('queue and cap queries use indexes (the 待办 query sorts by the index, no temp sort)', async () => {
  await k.fileIllness(); // creates the table and its indexes
  for (const plan of [
    t.store.explainFind(
      claimsCollection,
      { townId: 't', waitingFor: 'town' },
      { sort: [['dueOn', 'asc']] },
    ),
    t.store.explainFind(
      claimsCollection,
      { villageId: 'v', waitingFor: 'village', dueOn: { $lt: '2026-12-01' } },
      { sort: [['dueOn', 'asc']] },
    ),
    t.store.explainFind(claimsCollection, { waitingFor: 'insurer' }, { sort: [['dueOn', 'asc']] }),
    t.store.explainFind(
      claimsCollection,
      { insurerVisible: true },
      { sort: [['submittedAt', 'desc']] },
    ),
  ]) {
    const text = plan.join('\n');
    expect(text).toMatch(/USING (COVERING )?INDEX ix_claims_/);
    expect(text).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  }
  expect(
    t.store.explainFind(claimsCollection, { householdId: 'h', approvedYear: 2026 }, {}).join('\n'),
  ).toMatch(/USING (COVERING )?INDEX ix_claims_/);
});
