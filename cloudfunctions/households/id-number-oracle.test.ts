import { HOUSEHOLD_CONSENT_VERSION } from '../../shared/src/households/household-schemas';
import { auditCollection } from '../platform/runtime/platform-collections';
import { demoIdNumber } from '../platform/seed/demo-id-numbers';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { idConflictsCollection } from './household-collections';
import { householdsFunction } from './households-function';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(householdsFunction);
});
afterEach(() => t.cleanup());

const WENLI = demoIdNumber('1968-03-12', 11); // 马文礼, 祁牟村 (折桥镇)
const household = (villageId: string, idNumber: string, name = '测试户主') => ({
  villageId,
  category: 'general',
  address: '测试地址1号',
  annualIncome: 30_000,
  members: [{ name, relation: 'head', idNumber }],
  consentVersion: HOUSEHOLD_CONSENT_VERSION,
});

/** The answer without what differs between any two new households (ids, names, times). */
function shape(r: Awaited<ReturnType<typeof call>>) {
  if (!r.ok) return r;
  const d = r.data as Record<string, unknown> & { members: Array<Record<string, unknown>> };
  return {
    ...d,
    householdId: '',
    updatedAt: '',
    headName: '',
    members: d.members.map((m) => ({ ...m, memberId: '', name: '', idNumberMasked: '', age: 0 })),
  };
}

test('a number registered in another town gets the same answer as a new one; the city is told', async () => {
  const taken = await call(
    'village_cadre_b',
    'create',
    household('village-baohan-wangping', WENLI),
  );
  const fresh = await call(
    'village_cadre_b',
    'create',
    household('village-baohan-wangping', demoIdNumber('1968-03-12', 611), '另一户主'),
  );
  expect(taken.ok && fresh.ok).toBe(true);
  expect(shape(taken)).toEqual(shape(fresh));
  expect(JSON.stringify(taken)).not.toMatch(/已经登记|马文礼|qimou/);
  const conflicts = (await t.store.collection(idConflictsCollection).find({})).items;
  expect(conflicts).toEqual([
    expect.objectContaining({
      otherHouseholdId: 'hh-demo-qimou-01',
      townId: 'town-baohan',
      resolveAt: 'city',
      status: 'open',
    }),
  ]);
  // The city sees it in its queue; the town of the cadre (baohan) does not resolve cross-town ones.
  expect(await call('city_approver', 'idConflicts', {})).toMatchObject({
    ok: true,
    data: {
      items: [
        {
          memberName: '测试户主',
          otherHeadName: '马文礼',
          otherVillageId: 'village-zheqiao-qimou',
          resolveAt: 'city',
        },
      ],
    },
  });
  expect(await call('village_cadre_b', 'idConflicts', {})).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  // The city closes it after checking; the town of the entering cadre could not.
  const conflictId = conflicts[0]?._id;
  expect(
    await call('town_reviewer', 'resolveIdConflict', { conflictId, note: '越级处理' }),
  ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(
    await call('city_approver', 'resolveIdConflict', { conflictId, note: '已核实，保留在原户' }),
  ).toMatchObject({ ok: true, data: { status: 'resolved' } });
  expect(await call('city_approver', 'idConflicts', {})).toMatchObject({
    ok: true,
    data: { items: [] },
  });
  expect(
    await call('city_approver', 'resolveIdConflict', { conflictId, note: '再处理一次' }),
  ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  const lookups = (await t.store.collection(auditCollection).find({ entity: 'id_lookup' })).items;
  expect(lookups.map((a) => a.note).sort()).toEqual([
    'id numbers checked=1 conflicts for a higher level=0',
    'id numbers checked=1 conflicts for a higher level=1',
  ]);
  expect(JSON.stringify(lookups)).not.toContain(WENLI);
});

test('within one town, another village’s duplicate goes to the town; in scope it is named', async () => {
  const someone = demoIdNumber('1975-05-05', 777);
  expect(
    (await call('city_approver', 'create', household('village-baohan-taohe', someone))).ok,
  ).toBe(true);
  expect(
    (await call('village_cadre_b', 'create', household('village-baohan-wangping', someone))).ok,
  ).toBe(true);
  expect(await t.store.collection(idConflictsCollection).find({})).toMatchObject({
    items: [{ townId: 'town-baohan', otherTownId: 'town-baohan', resolveAt: 'town' }],
  });
  // A town reviewer of 枹罕镇 would see it; 折桥镇's reviewer does not.
  expect(await call('town_reviewer', 'idConflicts', {})).toMatchObject({
    ok: true,
    data: { items: [] },
  });
  expect(await call('city_approver', 'idConflicts', {})).toMatchObject({
    ok: true,
    data: { items: [{ resolveAt: 'town', otherVillageId: 'village-baohan-taohe' }] },
  });
  const otherVillage = 'village-zheqiao-zheqiao';
  const r = await call('town_reviewer', 'create', household(otherVillage, WENLI));
  // The town reviewer sees both villages: the duplicate is in scope and named.
  expect(r).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining(WENLI.slice(-4)) },
  });
  expect(await t.store.collection(idConflictsCollection).count({})).toBe(1);
});

test('a cadre may register only so many new ID numbers a day', async () => {
  const results = [];
  for (let h = 0; h < 16; h++) {
    const members = Array.from({ length: 20 }, (_, k) => ({
      name: `限额${'ABCDEFGHIJKLMNOPQRST'[k] ?? 'Z'}`,
      relation: k ? 'child' : 'head',
      idNumber: demoIdNumber('1990-01-01', h * 20 + k + 100, '622927'),
    }));
    results.push(
      await call('village_cadre', 'create', { ...household('village-zheqiao-qimou', ''), members }),
    );
  }
  expect(results.slice(0, 15).filter((r) => !r.ok)).toEqual([]);
  expect(results[15]).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
});
