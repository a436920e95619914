import { createTestPlatform } from '../../platform/test-support/test-platform';
import type { TestPlatform } from '../../platform/test-support/test-platform';
import { claimsCollection } from '../claim-collections';
import { claimsFunction } from '../claims-function';
import { seedDemoData } from '../../seed-demo-data';
import { seedDemoClaims } from './seed-demo-claims';

let t: TestPlatform;
let first: number;
beforeAll(async () => {
  t = await createTestPlatform();
  const { store, deps } = t.platform;
  first = await seedDemoClaims(store, deps.dataKeys, t.clock, deps.files);
}, 60_000);
afterAll(() => t.cleanup());

const all = () => t.store.collection(claimsCollection).find({}, { limit: 100 });

test('eight demo claims, one at each status, in 祁牟村 and 王坪村, all marked demo', async () => {
  const { items } = await all();
  expect(first).toBe(8);
  expect(items).toHaveLength(8);
  expect(items.every((c) => c.demo)).toBe(true);
  expect(new Set(items.map((c) => c.villageId))).toEqual(
    new Set(['village-zheqiao-qimou', 'village-baohan-wangping']),
  );
  expect(items.map((c) => c.status).sort()).toEqual(
    [
      'approved',
      'materials_checked',
      'paid',
      'rejected',
      'reported',
      'returned',
      'surveyed',
      'town_reviewed',
    ].sort(),
  );
  for (const c of items) expect(c.steps[0]?.kind).toBe('submitted');
  // 马文礼's household is left for the e2e journey.
  expect(items.some((c) => c.householdId === 'hh-demo-qimou-01')).toBe(false);
});

test('seeding again does nothing', async () => {
  const before = t.digest();
  const { store, deps } = t.platform;
  expect(await seedDemoClaims(store, deps.dataKeys, t.clock, deps.files)).toBe(0);
  expect(t.digest()).toBe(before);
});

test('the insurer’s 待办 holds the forwarded and the approved claims; the 公示 shows the approved ones', async () => {
  const call = t.client(claimsFunction);
  const todo = await call('insurer', 'queue', {});
  if (!todo.ok) throw new Error(JSON.stringify(todo.error));
  const items = todo.data.items as Array<{ status: string; demo: boolean }>;
  expect(items.map((i) => i.status).sort()).toEqual(['approved', 'town_reviewed']);
  const all = await call('insurer', 'queue', { view: 'all' });
  expect(all.ok && (all.data.items as unknown[]).length).toBe(4);
  const pub = await call('villager_b', 'publicity', {});
  if (!pub.ok) throw new Error(JSON.stringify(pub.error));
  expect(pub.data.items).toEqual([
    expect.objectContaining({ maskedName: '王*福', approvedAmount: 7_200, villageName: '王坪村' }),
  ]);
  // The village's 待办 has the one filed yesterday; the returned one waits for the family.
  const village = await call('village_cadre', 'queue', {});
  expect(
    village.ok && (village.data.items as Array<{ status: string }>).map((i) => i.status),
  ).toEqual(['reported']);
});

test('the gateway’s first start seeds the claims with the risk reports (same option)', async () => {
  const other = await createTestPlatform();
  try {
    const { store, deps } = other.platform;
    const seeded = await seedDemoData(store, deps.dataKeys, other.clock, deps.files, {
      riskReports: true,
    });
    expect(seeded).toMatchObject({ riskReports: expect.any(Number), claims: 8 });
    expect(await store.collection(claimsCollection).count({ demo: true })).toBe(8);
  } finally {
    await other.cleanup();
  }
}, 60_000);
