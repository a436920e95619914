import { defineCollection, isStoreError, StoreError } from '../../ports/store';
import type { Store } from '../../ports/store';
import { runStoreContract } from '../../ports/store-contract.suite';
import { withTransactionRetry } from '../../runtime/transaction-retry';
import { openCloudbaseApp } from './cloudbase-app';
import type { CloudbaseConnection } from './cloudbase-app';
import { createCloudbaseStore } from './cloudbase-store';
import { startFakeCloudbaseServer } from './test-support/fake-cloudbase-server';
import type { FakeCloudbaseServer } from './test-support/fake-cloudbase-server';
import { realCloudbaseFromEnv } from './test-support/real-cloudbase-env';

// The 40-way contention test needs more than jest's default 5 s over HTTP.
jest.setTimeout(60_000);

/**
 * Outside Tencent Cloud the SDK probes `metadata.tencentyun.com` before EVERY request (a failed
 * lookup is not cached) with a 30 ms axios timeout. The timeout does not cancel the DNS lookup,
 * and on resolvers that drop the query the lookups pile up in libuv's thread pool and keep
 * jest alive for minutes. `TENCENTCLOUD=true` is the SDK's own switch that skips the probe; it
 * only affects the default endpoint, which `serviceUrl` overrides. So the fake-server tests set
 * it, and put it back for the real-environment run (which needs the public endpoint).
 */
function skipMetadataProbeWhileRunning(): void {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.TENCENTCLOUD;
    process.env.TENCENTCLOUD = 'true';
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TENCENTCLOUD;
    else process.env.TENCENTCLOUD = saved;
  });
}

async function openOnFake(): Promise<{ store: Store; fake: FakeCloudbaseServer }> {
  const fake = await startFakeCloudbaseServer();
  const store = createCloudbaseStore({
    env: 'test-env',
    secretId: 'x',
    secretKey: 'y',
    serviceUrl: fake.url,
    timeoutMs: 5000,
    indexProvisioner: fake.indexProvisioner,
  });
  return { store, fake };
}

describe('fake CloudBase server', () => {
  skipMetadataProbeWhileRunning();
  runStoreContract('CloudBase SDK against the local fake server', async () => {
    const { store, fake } = await openOnFake();
    return {
      store,
      cleanup: async () => {
        await store.close();
        await fake.close();
      },
    };
  });
});

const real = realCloudbaseFromEnv();
const CONTRACT_COLLECTIONS = ['contract_people', 'contract_courses', 'contract_seats'];

if ('connection' in real) {
  const connection: CloudbaseConnection = real.connection;
  // The suite uses fixed ids, so every test starts from empty contract collections.
  const wipe = async () => {
    const db = openCloudbaseApp(connection).database();
    for (const name of CONTRACT_COLLECTIONS) {
      try {
        await db
          .collection(name)
          .where({ _id: db.command.exists(true) })
          .remove();
      } catch {
        // the collection does not exist yet; ensureCollections creates it
      }
    }
  };
  runStoreContract(`CloudBase real environment ${connection.env}`, async () => {
    await wipe();
    const store = createCloudbaseStore(connection);
    return { store, cleanup: wipe };
  });
} else {
  const reason = real.skipReason;
  console.info(`[cloudbase-store.test] real CloudBase contract run skipped: ${reason}`);
  describe.skip(`Store contract: CloudBase real environment (skipped: ${reason})`, () => {
    test('runs the Store contract suite against a real CloudBase environment', () => undefined);
  });
}

interface Course {
  capacity: number;
  confirmed: number;
  meta?: { a?: number; b?: number };
}
interface Seat {
  courseId: string;
  userId: string;
}
interface Person {
  name: string;
  nickname?: string | null;
  n?: number;
}
const courses = defineCollection<Course>('cb_courses');
const seats = defineCollection<Seat>('cb_seats');
const persons = defineCollection<Person>('cb_persons', [{ fields: ['name'], unique: true }]);

describe('CloudBase store through the real SDK (fake server)', () => {
  skipMetadataProbeWhileRunning();
  let store: Store;
  let fake: FakeCloudbaseServer;

  beforeEach(async () => {
    ({ store, fake } = await openOnFake());
    await store.ensureCollections([courses, seats, persons] as never);
  });
  afterEach(async () => {
    await store.close();
    await fake.close();
  });

  const actionsSince = (from: number) => fake.requests.slice(from);

  test('doc-by-id requests inside transaction() carry the transaction id; where() is never used', async () => {
    await store.collection(courses).insert({ _id: 'c1', capacity: 3, confirmed: 0 });
    const from = fake.requests.length;
    await store.transaction(async (tx) => {
      const c = await tx.get(courses, 'c1');
      await tx.update(courses, 'c1', { inc: { confirmed: 1 } }, { ifVersion: c?._version });
      await tx.insert(seats, { _id: 'c1:u1', courseId: 'c1', userId: 'u1' });
      await tx.remove(seats, 'c1:u1');
    });
    const reqs = actionsSince(from);
    const start = reqs.find((r) => r.action === 'database.startTransaction');
    const commit = reqs.find((r) => r.action === 'database.commitTransaction');
    expect(start).toBeDefined();
    const txId = commit?.body.transactionId;
    expect(typeof txId).toBe('string');
    const docOps = reqs.filter((r) =>
      ['getDocument', 'modifyDocument', 'insertDocument', 'removeDocument'].some(
        (a) => r.action === `database.${a}`,
      ),
    );
    expect(docOps.map((r) => r.action)).toEqual([
      // tx.get; tx.update takes the version from what the transaction already read (its
      // snapshot): no second read, one round trip less per updated document on CloudBase.
      'database.getDocument',
      'database.modifyDocument',
      'database.insertDocument',
      'database.removeDocument',
    ]);
    for (const r of docOps) {
      expect(r.body.transactionId).toBe(txId);
      if (r.action !== 'database.insertDocument') expect(r.body.queryType).toBe('DOC');
    }
    expect(await store.collection(courses).get('c1')).toMatchObject({ confirmed: 1, _version: 2 });
  });

  test('a throw inside transaction() aborts, writes nothing and rethrows the same error', async () => {
    await store.collection(courses).insert({ _id: 'c2', capacity: 3, confirmed: 0 });
    const from = fake.requests.length;
    const boom = new StoreError('NOT_FOUND', 'handler decided to stop');
    const err: unknown = await store
      .transaction(async (tx) => {
        await tx.update(courses, 'c2', { inc: { confirmed: 1 } });
        await tx.insert(seats, { _id: 'c2:u1', courseId: 'c2', userId: 'u1' });
        throw boom;
      })
      .catch((e: unknown) => e);
    expect(err).toBe(boom);
    expect(actionsSince(from).map((r) => r.action)).toContain('database.abortTransaction');
    expect(actionsSince(from).map((r) => r.action)).not.toContain('database.commitTransaction');
    expect(await store.collection(courses).get('c2')).toMatchObject({ confirmed: 0, _version: 1 });
    expect(await store.collection(seats).get('c2:u1')).toBeNull();
  });

  test('filters reach the service as EJSON with an anchored, escaped prefix regex', async () => {
    const from = fake.requests.length;
    await store.collection(persons).find({ name: { $prefix: 'a.b(' }, n: { $gt: 10 } });
    const get = actionsSince(from).find((r) => r.action === 'database.getDocument');
    const query = JSON.parse(String(get?.body.query)) as unknown;
    expect(JSON.stringify(query)).toContain('"pattern":"^a\\\\.b\\\\("');
    expect(JSON.stringify(query)).toContain('{"$gt":{"$numberInt":"10"}}');
    expect(JSON.parse(String(get?.body.order))).toEqual({ _id: { $numberInt: '1' } });
  });

  test('set replaces a whole object field (no merge) and the version check is in the where', async () => {
    const c = store.collection(courses);
    await c.insert({ _id: 'c3', capacity: 1, confirmed: 0, meta: { a: 1, b: 2 } });
    const from = fake.requests.length;
    const u = await c.update('c3', { set: { meta: { a: 5 } } });
    expect(u.meta).toEqual({ a: 5 });
    expect((await c.get('c3'))?.meta).toEqual({ a: 5 });
    const modify = actionsSince(from).find((r) => r.action === 'database.modifyDocument');
    expect(JSON.parse(String(modify?.body.query))).toEqual({
      _id: 'c3',
      _version: { $numberInt: '1' },
    });
    expect(JSON.parse(String(modify?.body.data))).toEqual({
      $set: { meta: { a: { $numberInt: '5' } }, _version: { $numberInt: '2' } },
    });
  });

  test('an update right after this instance committed the document skips the read; a stale guess reads and stays correct', async () => {
    const other = createCloudbaseStore({
      env: 'test-env',
      secretId: 'x',
      secretKey: 'y',
      serviceUrl: fake.url,
      timeoutMs: 5000,
    });
    try {
      const mine = store.collection(courses);
      await store.transaction(async (tx) => {
        await tx.insert(courses, { _id: 'k1', capacity: 1, confirmed: 0 });
      });
      let from = fake.requests.length;
      const done = await mine.update('k1', { set: { confirmed: 1 } }, { ifVersion: 1 });
      expect(done).toEqual({ _id: 'k1', capacity: 1, confirmed: 1, _version: 2 });
      expect(actionsSince(from).map((r) => r.action)).toEqual(['database.modifyDocument']);
      // Another instance writes: this one's guess (version 2) is stale now.
      await other.collection(courses).update('k1', { inc: { capacity: 5 } });
      from = fake.requests.length;
      await expect(
        mine.update('k1', { set: { confirmed: 9 } }, { ifVersion: 2 }),
      ).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
      expect(await mine.get('k1')).toEqual({ _id: 'k1', capacity: 6, confirmed: 1, _version: 3 });
      // A guess that turns out stale on an update without ifVersion: one wasted request, right answer.
      await mine.update('k1', { inc: { confirmed: 1 } });
      await other.collection(courses).update('k1', { inc: { capacity: 1 } });
      from = fake.requests.length;
      const bumped = await mine.update('k1', { inc: { confirmed: 1 } });
      expect(bumped).toEqual({ _id: 'k1', capacity: 7, confirmed: 3, _version: 6 });
      expect(actionsSince(from).map((r) => r.action)).toEqual([
        'database.modifyDocument',
        'database.getDocument',
        'database.modifyDocument',
      ]);
      expect(await mine.get('k1')).toEqual(bumped);
      // A document this instance removed is never guessed.
      await mine.remove('k1');
      await other.collection(courses).insert({ _id: 'k1', capacity: 0, confirmed: 0 });
      expect(await mine.update('k1', { inc: { confirmed: 1 } })).toEqual({
        _id: 'k1',
        capacity: 0,
        confirmed: 1,
        _version: 2,
      });
    } finally {
      await other.close();
    }
  });

  test('numbers keep their value through EJSON: doubles, negatives, beyond int32', async () => {
    const c = store.collection(courses);
    const doc = { _id: 'n1', capacity: 2 ** 40, confirmed: -3, meta: { a: 1.5 } };
    await c.insert(doc);
    expect(await c.get('n1')).toEqual({ ...doc, _version: 1 });
    expect((await c.update('n1', { inc: { capacity: 0.25 } })).capacity).toBe(2 ** 40 + 0.25);
  });

  test('concurrent updates without ifVersion all apply (compare-and-set with retry)', async () => {
    const c = store.collection(courses);
    await c.insert({ _id: 'hot', capacity: 0, confirmed: 0 });
    await Promise.all(Array.from({ length: 12 }, () => c.update('hot', { inc: { confirmed: 1 } })));
    expect(await c.get('hot')).toMatchObject({ confirmed: 12, _version: 13 });
  });

  test('a unique index declared in the CollectionDef also guards updates', async () => {
    const c = store.collection(persons);
    await c.insert({ _id: 'a', name: 'x' });
    await c.insert({ _id: 'b', name: 'y' });
    const err: unknown = await c.update('b', { set: { name: 'x' } }).catch((e: unknown) => e);
    expect(isStoreError(err, 'DUPLICATE')).toBe(true);
    expect(await c.get('b')).toMatchObject({ name: 'y', _version: 1 });
    await store.ensureCollections([persons] as never); // idempotent
  });

  test('keyset pages handle null and missing sort values in both directions', async () => {
    const c = store.collection(persons);
    await c.insert({ _id: 'p1', name: 'a', nickname: 'm' });
    await c.insert({ _id: 'p2', name: 'b' });
    await c.insert({ _id: 'p3', name: 'c', nickname: null });
    await c.insert({ _id: 'p4', name: 'd', nickname: 'k' });
    for (const dir of ['asc', 'desc'] as const) {
      const seen: string[] = [];
      let after: string | undefined;
      for (let i = 0; i < 10; i++) {
        const page = await c.find({}, { sort: [['nickname', dir]], limit: 1, after });
        seen.push(...page.items.map((d) => d._id));
        if (!page.nextCursor) break;
        after = page.nextCursor;
      }
      expect(seen).toEqual(dir === 'asc' ? ['p2', 'p3', 'p4', 'p1'] : ['p1', 'p4', 'p2', 'p3']);
    }
  });

  test('a full page of 1000 still reports whether more documents follow', async () => {
    const db = openCloudbaseApp({
      env: 'test-env',
      secretId: 'x',
      secretKey: 'y',
      serviceUrl: fake.url,
    }).database();
    const rows = Array.from({ length: 1001 }, (_, i) => ({
      _id: `s${String(i).padStart(4, '0')}`,
      courseId: 'big',
      userId: `u${i}`,
      _version: 1,
    }));
    await db.collection('cb_seats').add(rows);
    const c = store.collection(seats);
    const first = await c.find({ courseId: 'big' }, { limit: 1000 });
    expect(first.items).toHaveLength(1000);
    expect(first.nextCursor).not.toBeNull();
    const second = await c.find(
      { courseId: 'big' },
      { limit: 1000, after: first.nextCursor ?? '' },
    );
    expect(second.items.map((d) => d._id)).toEqual(['s1000']);
    expect(second.nextCursor).toBeNull();
  });

  test('find, count and cursor pages over 2,500 documents are complete under the 1000 cap', async () => {
    const db = openCloudbaseApp({
      env: 'test-env',
      secretId: 'x',
      secretKey: 'y',
      serviceUrl: fake.url,
    }).database();
    for (let b = 0; b < 5; b++) {
      const rows = Array.from({ length: 500 }, (_, i) => {
        const n = b * 500 + i;
        return {
          _id: `m${String(n).padStart(4, '0')}`,
          courseId: 'huge',
          userId: `u${n % 7}`,
          _version: 1,
        };
      });
      await db.collection('cb_seats').add(rows);
    }
    const c = store.collection(seats);
    expect(await c.count({ courseId: 'huge' })).toBe(2500);
    for (const sort of [undefined, [['userId', 'desc']] as const]) {
      const seen: string[] = [];
      let after: string | undefined;
      for (let i = 0; i < 10; i++) {
        const page = await c.find({ courseId: 'huge' }, { limit: 1000, after, sort });
        seen.push(...page.items.map((d) => d._id));
        if (!page.nextCursor) break;
        after = page.nextCursor;
      }
      expect(seen).toHaveLength(2500);
      expect(new Set(seen).size).toBe(2500);
    }
    // No request ever asked the service for more than it answers.
    const limits = fake.requests
      .filter((r) => r.action === 'database.getDocument')
      .map((r) => Number(r.body.limit ?? 100));
    expect(Math.max(...limits)).toBeLessThanOrEqual(1000);
  });

  test('a transaction that keeps losing a write conflict surfaces VERSION_CONFLICT, which the platform retry retries', async () => {
    await store.collection(courses).insert({ _id: 'busy', capacity: 5, confirmed: 0 });
    const db = openCloudbaseApp({
      env: 'test-env',
      secretId: 'x',
      secretKey: 'y',
      serviceUrl: fake.url,
    }).database() as unknown as {
      startTransaction(): Promise<{
        collection(n: string): { doc(id: string): { update(d: object): Promise<unknown> } };
        commit(): Promise<unknown>;
      }>;
    };
    // Another writer holds the document in an open transaction.
    const holder = await db.startTransaction();
    await holder.collection('cb_courses').doc('busy').update({ note: 'held' });
    const signUp = () =>
      store.transaction(async (tx) => {
        const c = await tx.get(courses, 'busy');
        await tx.update(courses, 'busy', { inc: { confirmed: 1 } }, { ifVersion: c?._version });
      });
    const first: unknown = await signUp().catch((e: unknown) => e);
    expect(isStoreError(first, 'VERSION_CONFLICT')).toBe(true);
    let attempts = 0;
    const retried = withTransactionRetry(
      () => {
        attempts++;
        if (attempts === 2) void holder.commit();
        return signUp();
      },
      { deadline: Date.now() + 5000 },
    );
    await retried;
    expect(attempts).toBeGreaterThan(1);
    expect(await store.collection(courses).get('busy')).toMatchObject({ confirmed: 1 });
  });
});
