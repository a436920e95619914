import { auditCollection } from '../platform/runtime/platform-collections';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { householdsFunction } from './households-function';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(householdsFunction);
});
afterEach(() => t.cleanup());

const reads = async () =>
  (await t.store.collection(auditCollection).find({ entity: 'household_read' }, { limit: 100 }))
    .items;

test('get, list and timeline each write one audit entry: who, what, when', async () => {
  t.clock.advance(60_000);
  expect((await call('village_cadre', 'get', { householdId: 'hh-demo-qimou-01' })).ok).toBe(true);
  expect((await call('villager', 'timeline', { householdId: 'hh-demo-qimou-01' })).ok).toBe(true);
  expect((await call('town_reviewer', 'list', { q: '马' })).ok).toBe(true);
  const entries = await reads();
  expect(entries).toHaveLength(3);
  const byAction = Object.fromEntries(entries.map((e) => [e.action, e]));
  expect(byAction.get).toMatchObject({
    entityId: 'hh-demo-qimou-01',
    actorRole: 'village_cadre',
    fn: 'households',
    at: '2026-11-28T02:01:00.000Z',
    note: 'read get',
  });
  expect(byAction.timeline).toMatchObject({ actorRole: 'villager', entityId: 'hh-demo-qimou-01' });
  expect(byAction.list).toMatchObject({ actorRole: 'town_reviewer', entityId: 'list' });
  expect(byAction.list?.note).toContain('hh-demo-qimou-01');
  expect(byAction.list?.note).not.toContain('马'); // what was searched is not repeated
  for (const e of entries) expect(e.actorId).toEqual(expect.any(String));
});

test('a refused read (out of scope) writes no read entry', async () => {
  expect(await call('village_cadre_b', 'get', { householdId: 'hh-demo-qimou-01' })).toMatchObject({
    ok: false,
  });
  expect(await reads()).toHaveLength(0);
});
