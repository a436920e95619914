import type { Collection, CollectionDef, Store } from '../ports/store';
import { createTestPlatform } from '../test-support/test-platform';
import type { TestPlatform } from '../test-support/test-platform';
import { usersFunction } from '../../users/users-function';
import { withCachedCollections } from './cached-collections';
import { orgUnitsCollection, usersCollection } from './platform-collections';
import type { PlatformDeps } from './platform-deps';
import { createFunctionEntry } from './run-action';

/** The store, counting the reads of one collection that reach it. */
function countingReads(inner: Store, name: string) {
  let reads = 0;
  const store: Store = {
    ...inner,
    collection<T>(def: CollectionDef<T>): Collection<T> {
      const c = inner.collection(def);
      if (def.name !== name) return c;
      return {
        ...c,
        get: (id) => {
          reads++;
          return c.get(id);
        },
        find: (filter, options) => {
          reads++;
          return c.find(filter, options);
        },
      };
    },
    transaction: (fn) => inner.transaction(fn),
    ensureCollections: (defs) => inner.ensureCollections(defs),
    close: () => inner.close(),
  };
  return { store, reads: () => reads };
}

const mutating = (action: string) =>
  (usersFunction.contract.actions as Record<string, { mutating: boolean }>)[action]?.mutating ===
  true;

describe('a warm instance keeps callers', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform({ mutationsPerMinute: 1_000_000 });
  }, 60_000);
  afterAll(() => t.cleanup());

  function instance(callerCacheMs: number) {
    const counted = countingReads(t.platform.deps.store, usersCollection.name);
    const deps: PlatformDeps = {
      ...t.platform.deps,
      store: counted.store,
      limits: { ...t.platform.deps.limits, callerCacheMs },
    };
    const entry = createFunctionEntry(usersFunction, deps);
    const call = async (persona: 'villager' | 'admin', action: string, payload: unknown = {}) =>
      entry(
        {
          action,
          payload,
          ...(mutating(action)
            ? { idempotencyKey: `key-${Math.random().toString(36).slice(2)}` }
            : {}),
        },
        {
          authorization: `Bearer ${await t.tokenFor(persona, persona === 'villager' ? 'warm' : undefined)}`,
        },
      );
    return { call, userReads: counted.reads };
  }

  test('a second call of the same caller does not read their user record again', async () => {
    const { call, userReads } = instance(30_000);
    expect((await call('villager', 'listSessions')).ok).toBe(true);
    const after1 = userReads();
    expect((await call('villager', 'listSessions')).ok).toBe(true);
    expect(userReads()).toBe(after1);
  });

  test('without a cache every call reads the caller', async () => {
    const { call, userReads } = instance(0);
    await call('villager', 'listSessions');
    const after1 = userReads();
    await call('villager', 'listSessions');
    expect(userReads()).toBe(after1 + 1);
  });

  test('a role given in the same instance holds from the next call', async () => {
    const { call } = instance(30_000);
    const me = await call('villager', 'me');
    if (!me.ok) throw new Error(JSON.stringify(me));
    const userId = (me.data as { userId: string }).userId;
    // listStaff is for cadres: the villager is refused, then made a cadre here.
    expect(await call('villager', 'listStaff')).toMatchObject({ ok: false });
    const given = await call('admin', 'assignRole', {
      userId,
      role: 'village_cadre',
      orgUnitId: 'village-zheqiao-qimou',
    });
    expect(given.ok).toBe(true);
    expect((await call('villager', 'listStaff')).ok).toBe(true);
  });
});

describe('withCachedCollections', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform();
  }, 60_000);
  afterAll(() => t.cleanup());

  test('answers repeated reads from memory until a write through it or the TTL', async () => {
    const counted = countingReads(t.platform.deps.store, orgUnitsCollection.name);
    let now = 0;
    const store = withCachedCollections(
      counted.store,
      [{ def: orgUnitsCollection, ttlMs: 1_000 }],
      () => now,
    );
    const units = store.collection(orgUnitsCollection);
    const first = await units.get('village-zheqiao-qimou');
    expect(first?.name).toBeTruthy();
    await units.get('village-zheqiao-qimou');
    expect(counted.reads()).toBe(1);

    await store.transaction((tx) =>
      tx.update(orgUnitsCollection, 'village-zheqiao-qimou', { set: { name: '改名村' } }),
    );
    expect((await units.get('village-zheqiao-qimou'))?.name).toBe('改名村');
    expect(counted.reads()).toBe(2);

    now = 1_000;
    await units.get('village-zheqiao-qimou');
    expect(counted.reads()).toBe(3);
  });

  test('what it answers cannot change what it keeps', async () => {
    const store = withCachedCollections(t.platform.deps.store, [
      { def: orgUnitsCollection, ttlMs: 60_000 },
    ]);
    const units = store.collection(orgUnitsCollection);
    const a = await units.get('town-zheqiao');
    if (!a) throw new Error('no town');
    a.name = 'changed by a caller';
    expect((await units.get('town-zheqiao'))?.name).not.toBe('changed by a caller');
  });
});
