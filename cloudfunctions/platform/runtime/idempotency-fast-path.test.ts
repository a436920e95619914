import type { CallResult } from '../../../shared/src/envelope/call-envelope';
import { createCloudbaseStore } from '../adapters/cloudbase/cloudbase-store';
import { startFakeCloudbaseServer } from '../adapters/cloudbase/test-support/fake-cloudbase-server';
import type { Clock } from '../ports/clock';
import { defineCollection } from '../ports/store';
import type { Store } from '../ports/store';
import { createTestPlatform } from '../test-support/test-platform';
import type { KeyedCall } from './idempotency';
import { withIdempotency } from './idempotency';
import { newId } from './new-id';
import { idempotencyCollection } from './platform-collections';

const orders = defineCollection<{ n: number }>('fast_path_orders');
const clock: Clock = { now: () => new Date('2026-12-03T08:00:00.000Z') };

async function onSqlite(): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  const t = await createTestPlatform();
  return { store: t.store, cleanup: () => t.cleanup() };
}

async function onCloudbaseEmulator(): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  const saved = process.env.TENCENTCLOUD;
  process.env.TENCENTCLOUD = 'true'; // no metadata probe outside Tencent Cloud
  const fake = await startFakeCloudbaseServer();
  const store = createCloudbaseStore({
    env: 'test-env',
    secretId: 'x',
    secretKey: 'y',
    serviceUrl: fake.url,
    timeoutMs: 5000,
    indexProvisioner: fake.indexProvisioner,
  });
  await store.ensureCollections([orders, idempotencyCollection]);
  return {
    store,
    cleanup: async () => {
      await store.close();
      await fake.close();
      if (saved === undefined) delete process.env.TENCENTCLOUD;
      else process.env.TENCENTCLOUD = saved;
    },
  };
}

/** One write step: the id is made inside the call, so every run would make a new record. */
const placeOrder = async (call: KeyedCall): Promise<CallResult<unknown>> => {
  const id = newId();
  await call.store.transaction(async (tx) => {
    await tx.insert(orders, { _id: id, n: 1 });
  });
  return { ok: true, data: { id } };
};

const scope = { fn: 'probe', action: 'order', callerKey: 'u1', key: 'k-race', payload: { n: 1 } };

describe.each([
  ['SQLite', onSqlite],
  ['the CloudBase emulator through the SDK', onCloudbaseEmulator],
])('fast path on %s', (_name, open) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ store, cleanup } = await open()));
  afterEach(() => cleanup());

  test('concurrent duplicates of a fresh key: one effect, every answer the first', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => withIdempotency(store, clock, scope, placeOrder)),
    );
    const stored = (await store.collection(orders).find({})).items;
    expect(stored).toHaveLength(1);
    for (const a of answers) expect(a).toEqual({ ok: true, data: { id: stored[0]?._id } });
    const keys = (await store.collection(idempotencyCollection).find({})).items;
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ state: 'done', journal: [] });
  });

  test('an answered call that wrote nothing is kept: a replay gets it, not its own new answer', async () => {
    let runs = 0;
    const refuse = async (): Promise<CallResult<unknown>> => {
      runs++;
      return Promise.resolve({
        ok: false,
        error: { code: runs === 1 ? 'NOT_FOUND' : 'CONFLICT', message: '' },
      });
    };
    const first = await withIdempotency(store, clock, scope, refuse);
    const replay = await withIdempotency(store, clock, scope, refuse);
    expect(replay).toEqual(first);
    expect(first).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
