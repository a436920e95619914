import { createTestPlatform } from '../../platform/test-support/test-platform';
import type { TestPlatform } from '../../platform/test-support/test-platform';
import { householdsCollection } from '../../households/household-collections';
import { riskReportsCollection } from '../risk-collections';
import { riskFunction } from '../risk-function';
import { seedDemoRisk } from './seed-demo-risk';

let t: TestPlatform;
let first: number;
beforeAll(async () => {
  t = await createTestPlatform();
  const { store, deps } = t.platform;
  first = await seedDemoRisk(store, deps.dataKeys, t.clock, deps.files);
}, 60_000);
afterAll(() => t.cleanup());

const all = () => t.store.collection(riskReportsCollection).find({}, { limit: 100 });

test('the demo reports cover every stage in 祁牟村 and 王坪村, all marked demo', async () => {
  const { items } = await all();
  expect(items).toHaveLength(first);
  expect(items.every((r) => r.demo)).toBe(true);
  expect(new Set(items.map((r) => r.villageId))).toEqual(
    new Set(['village-zheqiao-qimou', 'village-baohan-wangping']),
  );
  expect(new Set(items.map((r) => r.status))).toEqual(
    new Set([
      'submitted',
      'village_verified',
      'town_reviewed',
      'city_approved',
      'assisting',
      'elimination_proposed',
      'elimination_town_reviewed',
      'resolved',
      'returned',
      'rejected',
    ]),
  );
  // Every report was made by the handlers: a timeline from its submission on.
  for (const r of items) expect(r.steps[0]?.kind).toBe('submitted');
});

test('seeding again does nothing', async () => {
  const before = t.digest();
  const { store, deps } = t.platform;
  expect(await seedDemoRisk(store, deps.dataKeys, t.clock, deps.files)).toBe(0);
  expect(t.digest()).toBe(before);
});

test('马文礼’s household is in no report, so he can file his own', async () => {
  const { items } = await all();
  expect(items.some((r) => r.householdId === 'hh-demo-qimou-01')).toBe(false);
  const h = await t.store.collection(householdsCollection).get('hh-demo-qimou-01');
  expect(h?.category).toBe('lifted');
});

test('the village cadre’s 待办 shows the overdue one first, marked overdue', async () => {
  const call = t.client(riskFunction);
  const r = await call('village_cadre', 'queue', { view: 'todo' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const items = r.data.items as Array<{
    status: string;
    deadline: { overdue: boolean } | null;
    demo: boolean;
  }>;
  expect(items[0]).toMatchObject({ status: 'submitted', demo: true, deadline: { overdue: true } });
  expect(items.filter((i) => i.deadline?.overdue)).toHaveLength(1);
});

test('households in monitoring through the workflow are 三类户; 风险消除 put them back first', async () => {
  const hh = t.store.collection(householdsCollection);
  expect((await hh.get('hh-demo-qimou-03'))?.category).toBe('monitored'); // approved again 3 days ago
  expect((await hh.get('hh-demo-wangping-03'))?.category).toBe('monitored');
  const { items } = await all();
  const resolved = items.filter((r) => r.status === 'resolved');
  expect(resolved).toHaveLength(2);
  for (const r of resolved) {
    expect(r.categoryBefore).toBe('general');
    expect(r.elimination?.resolvedAt).toEqual(expect.any(String));
  }
});
