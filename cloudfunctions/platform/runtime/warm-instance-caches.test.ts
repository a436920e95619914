import type { Collection, CollectionDef, Store, Transaction } from '../ports/store';
import { createTestPlatform } from '../test-support/test-platform';
import type { TestPlatform } from '../test-support/test-platform';
import { usersFunction } from '../../users/users-function';
import { withCachedCollections } from './cached-collections';
import { createCallerCache } from './caller';
import { watchWrites } from './write-watch';
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

  test('a read that was on its way during a write does not put the old value back', async () => {
    let release: () => void = () => undefined;
    let slow = false;
    const inner = t.platform.deps.store;
    const gated: Store = {
      ...inner,
      collection<T>(def: CollectionDef<T>): Collection<T> {
        const c = inner.collection(def);
        return {
          ...c,
          get: async (id) => {
            const value = await c.get(id);
            if (slow) await new Promise<void>((r) => (release = r));
            return value;
          },
        };
      },
      transaction: (fn) => inner.transaction(fn),
    };
    const store = withCachedCollections(gated, [{ def: orgUnitsCollection, ttlMs: 60_000 }]);
    const units = store.collection(orgUnitsCollection);
    slow = true;
    const before = units.get('town-zheqiao');
    await new Promise((r) => setTimeout(r, 10));
    slow = false;
    await store.collection(orgUnitsCollection).update('town-zheqiao', { set: { name: '新名镇' } });
    release();
    expect((await before)?.name).not.toBe('新名镇');
    expect((await units.get('town-zheqiao'))?.name).toBe('新名镇');
  });

  test('a read made while a transaction has written but not yet committed is forgotten at commit', async () => {
    const inner = t.platform.deps.store;
    let commit: () => void = () => undefined;
    // A store whose transactions apply their writes only when the test lets them commit.
    const lateCommit: Store = {
      ...inner,
      collection: (def) => inner.collection(def),
      transaction: async (fn) => {
        const writes: Array<(tx: Transaction) => Promise<unknown>> = [];
        const result = await fn({
          get: (def, id) => inner.collection(def).get(id),
          insert: (def, doc) => {
            writes.push((tx) => tx.insert(def, doc));
            return Promise.resolve({ ...doc, _version: 1 } as never);
          },
          update: (def, id, update, options) => {
            writes.push((tx) => tx.update(def, id, update, options));
            return Promise.resolve({ _id: id } as never);
          },
          remove: (def, id) => {
            writes.push((tx) => tx.remove(def, id));
            return Promise.resolve(true);
          },
        });
        await new Promise<void>((r) => (commit = r));
        await inner.transaction(async (tx) => {
          for (const w of writes) await w(tx);
        });
        return result;
      },
    };
    const store = withCachedCollections(lateCommit, [{ def: orgUnitsCollection, ttlMs: 60_000 }]);
    const units = store.collection(orgUnitsCollection);
    const done = store.transaction((tx) =>
      tx.update(orgUnitsCollection, 'village-zheqiao-qimou', { set: { name: '提交后村' } }),
    );
    await new Promise((r) => setTimeout(r, 10));
    expect((await units.get('village-zheqiao-qimou'))?.name).not.toBe('提交后村');
    commit();
    await done;
    expect((await units.get('village-zheqiao-qimou'))?.name).toBe('提交后村');
  });

  test('it keeps a bounded number of answers', async () => {
    const counted = countingReads(t.platform.deps.store, orgUnitsCollection.name);
    const store = withCachedCollections(counted.store, [
      { def: orgUnitsCollection, ttlMs: 60_000, maxEntries: 3 },
    ]);
    const units = store.collection(orgUnitsCollection);
    for (const id of ['a', 'b', 'c', 'd']) await units.get(`no-such-${id}`);
    expect(counted.reads()).toBe(4);
    await units.get('no-such-d');
    expect(counted.reads()).toBe(4);
    await units.get('no-such-a');
    expect(counted.reads()).toBe(5);
  });
});

describe('caller cache and write watch', () => {
  const doc = {
    _id: 'u-1',
    _version: 1,
    openid: 'o-1',
    role: 'village_cadre',
  } as unknown as Parameters<ReturnType<typeof createCallerCache>['set']>[0];

  test('a caller read before a clear is not kept after it', () => {
    const cache = createCallerCache(30_000);
    const since = cache.generation();
    cache.clear();
    cache.set(doc, since);
    expect(cache.get('o-1')).toBeNull();
    cache.set(doc, cache.generation());
    expect(cache.get('o-1')?.role).toBe('village_cadre');
  });

  test('a kept caller handed out cannot be changed by whoever got it', () => {
    const cache = createCallerCache(30_000);
    cache.set(doc, cache.generation());
    const got = cache.get('o-1');
    if (got) got.role = 'admin';
    expect(cache.get('o-1')?.role).toBe('village_cadre');
  });

  test('a transaction that wrote a user record clears once more after it commits', async () => {
    const t = await createTestPlatform();
    try {
      const events: string[] = [];
      const inner = t.platform.deps.store;
      const noted: Store = {
        ...inner,
        collection: (def) => inner.collection(def),
        transaction: async (fn) => {
          const result = await inner.transaction(fn);
          events.push('committed');
          return result;
        },
      };
      const store = watchWrites(noted, [usersCollection.name], () => events.push('clear'));
      const [someone] = (await inner.collection(usersCollection).find({}, { limit: 1 })).items;
      if (!someone) throw new Error('no user');
      await store.transaction((tx) =>
        tx.update(usersCollection, someone._id, { set: { name: '改了名' } }),
      );
      expect(events.at(-1)).toBe('clear');
      expect(events.indexOf('committed')).toBeLessThan(events.lastIndexOf('clear'));
      events.length = 0;
      await store.transaction((tx) => tx.get(usersCollection, someone._id));
      expect(events).toEqual(['committed']);
    } finally {
      await t.cleanup();
    }
  }, 60_000);
});
