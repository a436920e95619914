import ExcelJS from 'exceljs';
import { HOUSEHOLD_CONSENT_VERSION } from '../../shared/src/households/household-schemas';
import { auditCollection } from '../platform/runtime/platform-collections';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { householdsCollection } from './household-collections';
import { householdsFunction } from './households-function';
import { MONITORED_ONLY_BY_WORKFLOW } from './change-category.handler';
import { loadWarningRules } from './household-warnings';
import { categoryText } from '../../shared/src/households/household-labels';
import { demoIdNumber } from '../platform/seed/demo-id-numbers';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(householdsFunction);
});
afterEach(() => t.cleanup());

type Item = { householdId: string; villageId: string; headName: string };
const items = (r: Awaited<ReturnType<typeof call>>) => (r.ok ? (r.data.items as Item[]) : []);

const newHousehold = (over: Record<string, unknown> = {}) => ({
  villageId: 'village-zheqiao-qimou',
  category: 'general',
  address: '祁牟村六社1号',
  annualIncome: 30_000,
  members: [
    {
      name: '测试户主',
      relation: 'head',
      idNumber: demoIdNumber('1980-01-01', 901),
      phone: '13800000901',
    },
    { name: '测试配偶', relation: 'spouse', idNumber: demoIdNumber('1982-02-02', 902) },
  ],
  consentVersion: HOUSEHOLD_CONSENT_VERSION,
  ...over,
});

describe('scope', () => {
  test('village_cadre_b sees nothing of village A; out-of-scope reads are NOT_FOUND', async () => {
    const list = items(await call('village_cadre_b', 'list', {}));
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((h) => h.villageId === 'village-baohan-wangping')).toBe(true);
    expect(
      items(await call('village_cadre_b', 'list', { villageId: 'village-zheqiao-qimou' })),
    ).toEqual([]);
    for (const action of ['get', 'timeline'])
      expect(
        await call('village_cadre_b', action, { householdId: 'hh-demo-qimou-01' }),
      ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(
      await call('village_cadre_b', 'changeCategory', {
        householdId: 'hh-demo-qimou-01',
        category: 'general',
        reason: '越权尝试',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await call('village_cadre_b', 'create', newHousehold())).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { villageId: expect.any(String) } },
    });
  });

  test('a town reviewer sees only their town', async () => {
    const list = items(await call('town_reviewer', 'list', {}));
    expect(new Set(list.map((h) => h.villageId))).toEqual(new Set(['village-zheqiao-qimou']));
    expect(
      await call('town_reviewer', 'get', { householdId: 'hh-demo-wangping-01' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const all = items(await call('city_approver', 'list', {}));
    expect(all.length).toBe(8);
  });

  test('a villager sees only their own household', async () => {
    expect(await call('villager', 'mine', {})).toMatchObject({
      ok: true,
      data: {
        household: { householdId: 'hh-demo-qimou-01', folderColour: 'blue', category: 'lifted' },
      },
    });
    expect((await call('villager', 'get', { householdId: 'hh-demo-qimou-01' })).ok).toBe(true);
    expect(await call('villager', 'get', { householdId: 'hh-demo-qimou-02' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await call('villager', 'list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

test('members are shown masked with ages; nothing unmasked reaches the family or cadres', async () => {
  const r = await call('villager', 'mine', {});
  const text = JSON.stringify(r);
  expect(text).not.toContain(demoIdNumber('1968-03-12', 11));
  expect(text).not.toContain('13893010011');
  expect(r).toMatchObject({
    ok: true,
    data: {
      household: {
        members: expect.arrayContaining([
          // The family sees no digit of an ID number; ages come from the birth year.
          expect.objectContaining({
            name: '马文礼',
            age: 58,
            relation: 'head',
            idNumberMasked: '*'.repeat(18),
          }),
        ]),
      },
    },
  });
  const cadre = await call('village_cadre', 'get', { householdId: 'hh-demo-qimou-01' });
  expect(cadre).toMatchObject({
    ok: true,
    data: {
      members: expect.arrayContaining([
        expect.objectContaining({
          name: '马文礼',
          idNumberMasked: `${'*'.repeat(14)}${demoIdNumber('1968-03-12', 11).slice(-4)}`,
        }),
      ]),
    },
  });
});

test('stored members keep only the sealed number, its keyed hash and the birth year', async () => {
  const h = await t.store.collection(householdsCollection).get('hh-demo-qimou-01');
  const head = h?.members[0];
  expect(Object.keys(head?.idNumber ?? {}).sort()).toEqual(['hash', 'sealed']);
  expect(head).toMatchObject({ birthYear: 1968 });
  expect(head).not.toHaveProperty('birthDate');
  expect(h).not.toHaveProperty('headIdLast4');
  const stored = JSON.stringify(h);
  expect(stored).not.toContain('1968-03-12');
  expect(stored).not.toContain(demoIdNumber('1968-03-12', 11).slice(-4));
});

test('create validates, derives income per head and warnings, audits and puts it on the timeline', async () => {
  const bad = await call(
    'village_cadre',
    'create',
    newHousehold({ category: 'monitored', members: [] }),
  );
  expect(bad).toMatchObject({
    ok: false,
    error: {
      fieldErrors: { monitorType: '三类户需要选择监测类型', members: '至少要有一位家庭成员' },
    },
  });
  const r = await call('village_cadre', 'create', newHousehold({ annualIncome: 12_000 }));
  expect(r).toMatchObject({
    ok: true,
    data: {
      headName: '测试户主',
      incomePerHead: 6_000,
      folderColour: 'green',
      warnings: [{ ruleId: 'low-income' }],
    },
  });
  const id = r.ok ? String(r.data.householdId) : '';
  expect(await call('village_cadre', 'timeline', { householdId: id })).toMatchObject({
    ok: true,
    data: { items: [{ kind: 'household.created', title: '建立户情档案' }] },
  });
  const audit = (await t.store.collection(auditCollection).find({ entityId: id })).items;
  expect(audit.map((a) => a.entity).sort()).toEqual(['household', 'household_read', 'id_lookup']);
});

test('one person cannot be in two households', async () => {
  expect((await call('village_cadre', 'create', newHousehold())).ok).toBe(true);
  const again = await call('village_cadre', 'create', newHousehold({ address: '别的地址' }));
  expect(again).toMatchObject({
    ok: false,
    error: {
      code: 'CONFLICT',
      message: expect.stringContaining('已经登记在本辖区别的户'),
      fieldErrors: { 'members.0.idNumber': '这个身份证号已经登记在本辖区别的户里了' },
    },
  });
  expect(await t.store.collection(householdsCollection).count({ address: '别的地址' })).toBe(0);
});

test('update needs the current version; a stale edit is CONFLICT', async () => {
  const h = await call('village_cadre', 'get', { householdId: 'hh-demo-qimou-03' });
  const version = h.ok ? Number(h.data.version) : 0;
  expect(
    await call('village_cadre', 'update', {
      householdId: 'hh-demo-qimou-03',
      expectedVersion: version,
      annualIncome: 6_000,
    }),
  ).toMatchObject({
    ok: true,
    data: { incomePerHead: 2_000, warnings: [{ ruleId: 'low-income' }] },
  });
  expect(
    await call('village_cadre', 'update', {
      householdId: 'hh-demo-qimou-03',
      expectedVersion: version,
      address: '新地址',
    }),
  ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
});

test('an edit keeps members on file by memberId (their numbers never resent), adds and removes members', async () => {
  const created = await call('village_cadre', 'create', newHousehold());
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const householdId = String(created.data.householdId);
  const read = await call('village_cadre', 'get', { householdId });
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  const members = read.data.members as Array<{ memberId: string; name: string; relation: string }>;
  const head = members.find((m) => m.relation === 'head');
  if (!head) throw new Error('no head');
  const edited = await call('village_cadre', 'update', {
    householdId,
    expectedVersion: Number(read.data.version),
    address: '祁牟村六社2号',
    members: [
      { memberId: head.memberId, name: head.name, relation: 'head' },
      { name: '测试孩子', relation: 'child', idNumber: demoIdNumber('2010-03-03', 903) },
    ],
  });
  expect(edited).toMatchObject({ ok: true });
  const after = await call('village_cadre', 'get', { householdId });
  if (!after.ok) throw new Error(JSON.stringify(after.error));
  const now = after.data.members as Array<{
    memberId: string;
    name: string;
    idNumberMasked: string;
    phoneMasked: string | null;
  }>;
  expect(now.map((m) => m.name)).toEqual(['测试户主', '测试孩子']);
  expect(now[0]).toMatchObject({
    memberId: head.memberId,
    idNumberMasked: expect.stringMatching(/^\*+\d{3}[\dX]$/),
    phoneMasked: '138****0901',
  });
  expect(now[0]?.idNumberMasked.slice(-4)).toBe(demoIdNumber('1980-01-01', 901).slice(-4));
  // The removed spouse's number is free again: a new household may take it.
  expect(
    await call(
      'village_cadre',
      'create',
      newHousehold({
        address: '祁牟村六社3号',
        members: [
          { name: '测试配偶', relation: 'head', idNumber: demoIdNumber('1982-02-02', 902) },
        ],
      }),
    ),
  ).toMatchObject({ ok: true });
  const timeline = await call('village_cadre', 'timeline', { householdId });
  expect(timeline).toMatchObject({
    ok: true,
    data: {
      items: expect.arrayContaining([expect.objectContaining({ detail: '修改了住址、家庭成员' })]),
    },
  });
});

test('an edit answers per member row: a new member without a number, a memberId not on file', async () => {
  const read = await call('village_cadre', 'get', { householdId: 'hh-demo-qimou-03' });
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  const members = read.data.members as Array<{ memberId: string; name: string; relation: string }>;
  const kept = members.map((m) => ({ memberId: m.memberId, name: m.name, relation: m.relation }));
  const version = Number(read.data.version);
  expect(
    await call('village_cadre', 'update', {
      householdId: 'hh-demo-qimou-03',
      expectedVersion: version,
      members: [...kept, { name: '新成员', relation: 'child' }],
    }),
  ).toMatchObject({
    ok: false,
    error: {
      code: 'VALIDATION_FAILED',
      fieldErrors: { [`members.${kept.length}.idNumber`]: '请填写身份证号' },
    },
  });
  expect(
    await call('village_cadre', 'update', {
      householdId: 'hh-demo-qimou-03',
      expectedVersion: version,
      members: [...kept, { memberId: 'not-a-member', name: '某人', relation: 'child' }],
    }),
  ).toMatchObject({
    ok: false,
    error: {
      code: 'VALIDATION_FAILED',
      fieldErrors: { [`members.${kept.length}.memberId`]: expect.any(String) },
    },
  });
  expect(await call('village_cadre', 'get', { householdId: 'hh-demo-qimou-03' })).toMatchObject({
    ok: true,
    data: { version },
  });
});

test('changeCategory needs a reason, refuses 三类户 in or out (risk workflow only), and is audited with from → to', async () => {
  expect(
    await call('village_cadre', 'changeCategory', {
      householdId: 'hh-demo-qimou-03',
      category: 'monitored',
      reason: '突发大病',
    }),
  ).toMatchObject({
    ok: false,
    error: { fieldErrors: { monitorType: '三类户需要选择监测类型' } },
  });
  expect(
    await call('village_cadre', 'changeCategory', {
      householdId: 'hh-demo-qimou-03',
      category: 'monitored',
      monitorType: 'sudden_hardship',
    }),
  ).toMatchObject({
    ok: false,
    error: { fieldErrors: { reason: '请填写此项' } },
  });
  // Into 三类户 only through the risk workflow: CONFLICT, and nothing written.
  await loadWarningRules(t.store); // (the rules table is created on first read)
  const before = t.digest();
  expect(
    await call('village_cadre', 'changeCategory', {
      householdId: 'hh-demo-qimou-03',
      category: 'monitored',
      monitorType: 'sudden_hardship',
      reason: '户主突发重病住院',
    }),
  ).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: MONITORED_ONLY_BY_WORKFLOW } });
  // …and out of it neither.
  expect(
    await call('village_cadre', 'changeCategory', {
      householdId: 'hh-demo-qimou-02',
      category: 'lifted',
      reason: '收入稳定了',
    }),
  ).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: MONITORED_ONLY_BY_WORKFLOW } });
  expect(t.digest() === before).toBe(true);
  const r = await call('village_cadre', 'changeCategory', {
    householdId: 'hh-demo-qimou-03',
    category: 'lifted',
    reason: '核实为脱贫户',
  });
  expect(r).toMatchObject({
    ok: true,
    data: { category: 'lifted', monitorType: null },
  });
  const audit = (await t.store.collection(auditCollection).find({ entityId: 'hh-demo-qimou-03' }))
    .items;
  expect(audit[0]).toMatchObject({
    from: 'general/-',
    to: 'lifted/-',
    note: '核实为脱贫户',
  });
  const tl = await call('village_cadre', 'timeline', { householdId: 'hh-demo-qimou-03' });
  const events = tl.ok
    ? (tl.data.items as Array<{ kind: string; detail: string; at: string }>)
    : [];
  expect(events[0]).toMatchObject({
    kind: 'household.category_changed',
    detail: `一般户 → ${categoryText('lifted', null)}：核实为脱贫户`,
  });
  // Newest first, the seeded history after it.
  expect(events.map((e) => e.at)).toEqual([...events.map((e) => e.at)].sort().reverse());
  expect(events.map((e) => e.kind)).toEqual([
    'household.category_changed',
    'household.updated',
    'household.created',
  ]);
});

test('dashboard counts by village and category within scope', async () => {
  const v = await call('village_cadre', 'dashboard', {});
  expect(v).toMatchObject({
    ok: true,
    data: {
      scopeName: '祁牟村',
      totals: { general: 1, lifted: 1, monitored: 2, marginal: 1, sudden_hardship: 1, total: 4 },
      withWarnings: 2,
      overdueReviews: 2,
    },
  });
  const town = await call('town_reviewer', 'dashboard', {});
  expect(town.ok && (town.data.byVillage as unknown[]).length).toBe(9);
  const city = await call('city_approver', 'dashboard', {});
  expect(city).toMatchObject({ ok: true, data: { scopeName: '临夏市', totals: { total: 8 } } });
});

test('warnings lists flagged households in scope with current messages', async () => {
  const r = await call('village_cadre', 'warnings', {});
  expect(
    items(r)
      .map((h) => h.headName)
      .sort(),
  ).toEqual(['马桂花', '马福海']);
});

test('export gives an Excel file of the scope; only the city sees full ID numbers', async () => {
  for (const [persona, masked] of [
    ['village_cadre', true],
    ['city_approver', false],
  ] as const) {
    const r = await call(persona, 'export', {});
    expect(r).toMatchObject({ ok: true, data: { idNumbersMasked: masked } });
    if (!r.ok) continue;
    // The claim hands over the file (a `downloads/` copy) to its maker.
    const claimed = await call(persona, 'downloadExport', { exportId: r.data.exportId });
    if (!claimed.ok) throw new Error(`claim failed: ${JSON.stringify(claimed.error)}`);
    const file = await t.platform.deps.files.get(String(claimed.data.fileId));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file?.bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('户情');
    const ids = (sheet?.getColumn(6).values ?? []).slice(2).map(String);
    expect(ids.length).toBe(Number(r.data.rows));
    if (masked) {
      expect(ids.every((id) => /^\*{14}[\dX]{4}$/.test(id))).toBe(true);
      expect(new Set((sheet?.getColumn(1).values ?? []).slice(2))).toEqual(new Set(['祁牟村']));
    } else {
      expect(ids).toContain(demoIdNumber('1968-03-12', 11));
    }
  }
  const audits = (await t.store.collection(auditCollection).find({ entity: 'export' })).items;
  expect(audits.map((a) => a.note)).toEqual(
    expect.arrayContaining([expect.stringContaining('fullIdNumbers=true')]),
  );
});

test('search by the head’s name prefix or the last 4 of the ID number', async () => {
  expect(
    items(await call('village_cadre', 'list', { q: '马' }))
      .map((h) => h.headName)
      .sort(),
  ).toEqual(['马文礼', '马桂花', '马福海']);
  const last4 = demoIdNumber('1982-06-06', 31).slice(-4);
  expect(items(await call('village_cadre', 'list', { q: last4 })).map((h) => h.headName)).toEqual([
    '祁建军',
  ]);
  expect(items(await call('village_cadre', 'list', { q: '{"$gt":""}' }))).toEqual([]);
});

test('list and dashboard queries use indexes, not full scans', () => {
  const plans = [
    t.store.explainFind(householdsCollection, { villageId: 'v', category: 'general' }),
    t.store.explainFind(householdsCollection, {
      villageId: 'v',
      category: 'monitored',
      monitorType: 'unstable',
    }),
    t.store.explainFind(householdsCollection, { townId: 't', category: 'lifted' }),
    t.store.explainFind(
      householdsCollection,
      { $and: [{ villageId: 'v' }, { villageId: 'v' }] },
      { sort: [['headName', 'asc']] },
    ),
    t.store.explainFind(
      householdsCollection,
      { $and: [{ townId: 't' }, { townId: 't', headName: { $prefix: '马' } }] },
      { sort: [['headName', 'asc']] },
    ),
    t.store.explainFind(
      householdsCollection,
      { headIdLast4Hash: 'x' },
      { sort: [['headName', 'asc']] },
    ),
    t.store.explainFind(householdsCollection, { villageId: 'v', hasWarnings: true }),
    t.store.explainFind(householdsCollection, {
      category: 'monitored',
      reviewDueAt: { $lt: '2026-11-28' },
    }),
  ];
  for (const plan of plans) {
    const text = plan.join('\n');
    expect(text).toMatch(/USING (COVERING )?INDEX ix_households_/);
    expect(text).not.toMatch(/^SCAN c_households$/m);
  }
});
