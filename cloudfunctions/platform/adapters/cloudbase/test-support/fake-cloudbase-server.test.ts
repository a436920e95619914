import { openCloudbaseApp } from '../cloudbase-app';
import type { CloudbaseDb, TransactionRunner, TxHandle } from '../cloudbase-db';
import { planIndexes } from '../index-plan';
import { defineCollection } from '../../../ports/store';
import { startFakeCloudbaseServer } from './fake-cloudbase-server';
import type { FakeCloudbaseServer, FakeCloudbaseServerOptions } from './fake-cloudbase-server';

/**
 * The emulator's own semantics table: what the real CloudBase database (MongoDB underneath)
 * does, checked through the real `@cloudbase/node-sdk`, so that an adapter relying on SQLite
 * habits fails here first.
 */

jest.setTimeout(20_000);

let saved: string | undefined;
beforeAll(() => {
  // See cloudbase-store.test.ts: skip the SDK's metadata probe outside Tencent Cloud.
  saved = process.env.TENCENTCLOUD;
  process.env.TENCENTCLOUD = 'true';
});
afterAll(() => {
  if (saved === undefined) delete process.env.TENCENTCLOUD;
  else process.env.TENCENTCLOUD = saved;
});

let fake: FakeCloudbaseServer;
let db: CloudbaseDb;

async function open(options: FakeCloudbaseServerOptions = {}): Promise<void> {
  fake = await startFakeCloudbaseServer(options);
  db = openCloudbaseApp({
    env: 'test-env',
    secretId: 'x',
    secretKey: 'y',
    serviceUrl: fake.url,
    timeoutMs: 5000,
  }).database();
}
afterEach(async () => {
  await fake.close();
});

type Row = Record<string, unknown> & { _id: string };
const ids = (res: unknown) =>
  ((res as { data: Row[] }).data ?? []).map((d) => d._id).sort((a, b) => a.localeCompare(b));
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e as { code?: string; message?: string },
  );

describe('queries have MongoDB semantics', () => {
  beforeEach(async () => {
    await open();
    await db.createCollection('things');
    await db
      .collection('things')
      .add([
        { _id: 'num1', v: 1 },
        { _id: 'str2', v: '2' },
        { _id: 'true', v: true },
        { _id: 'null', v: null },
        { _id: 'missing' },
        { _id: 'arr', v: [1, 5] },
        { _id: 'obj', v: { w: 'x' } },
        { _id: 'false', v: false },
        { _id: 'num25', v: 2.5 },
      ]);
  });
  const where = async (q: Record<string, unknown>) =>
    ids(await db.collection('things').where(q).get());
  const _ = () => db.command;

  test('comparison never crosses types: {$gt: 1} does not match "2"', async () => {
    expect(await where({ v: _().gt(1) })).toEqual(['arr', 'num25']);
    expect(await where({ v: _().gt('1') })).toEqual(['str2']);
    expect(await where({ v: _().lt(3) })).toEqual(['arr', 'num1', 'num25']);
  });

  test('true is not 1, false is not 0', async () => {
    expect(await where({ v: true })).toEqual(['true']);
    expect(await where({ v: 1 })).toEqual(['arr', 'num1']);
    expect(await where({ v: _().eq(0) })).toEqual([]);
  });

  test('a scalar condition matches inside arrays (membership)', async () => {
    expect(await where({ v: 5 })).toEqual(['arr']);
    expect(await where({ v: _().in([5]) })).toEqual(['arr']);
  });

  test('missing fields and null: eq(null) matches both, exists tells them apart', async () => {
    expect(await where({ v: _().eq(null) })).toEqual(['missing', 'null']);
    expect(await where({ v: _().exists(false) })).toEqual(['missing']);
    expect(await where({ v: _().neq(null) })).toHaveLength(7);
    expect(await where({ v: _().neq(1) })).not.toContain('arr');
    expect(await where({ v: _().neq(1) })).toContain('missing');
    expect(await where({ v: _().in([null, '2']) })).toEqual(['missing', 'null', 'str2']);
    expect(await where({ v: _().nin([1, null]) })).not.toContain('missing');
  });

  test('dotted paths reach into objects', async () => {
    expect(await where({ 'v.w': 'x' })).toEqual(['obj']);
  });

  test('sort order across types is BSON order: null/missing, numbers, strings, objects, booleans', async () => {
    const res = (await db.collection('things').where({}).orderBy('v', 'asc').get()) as {
      data: Row[];
    };
    const order = res.data.map((d) => d._id);
    // Equal keys (null vs missing) keep no defined order; compare by group.
    expect(order.slice(0, 2).sort()).toEqual(['missing', 'null']);
    expect(order.slice(2)).toEqual(['num1', 'arr', 'num25', 'str2', 'obj', 'false', 'true']);
  });

  test('an empty $or is refused like MongoDB', async () => {
    const e = await failure(
      db
        .collection('things')
        .where(db.command.or([] as never))
        .get(),
    );
    expect(e.code).toBe('DATABASE_REQUEST_FAILED');
  });
});

describe('limits', () => {
  test('a query returns 100 documents without limit and at most 1000 with one', async () => {
    await open();
    await db.createCollection('many');
    const rows = Array.from({ length: 1200 }, (_, i) => ({ _id: `d${i}`, i }));
    await db.collection('many').add(rows);
    expect(((await db.collection('many').get()) as { data: Row[] }).data).toHaveLength(100);
    const capped = (await db.collection('many').limit(5000).get()) as { data: Row[] };
    expect(capped.data).toHaveLength(1000);
    // The service caps it too, whatever a client asks for.
    const raw = await fetch(fake.url, {
      method: 'POST',
      headers: { authorization: 'TC3-HMAC-SHA256 test', 'content-type': 'application/json' },
      body: JSON.stringify({
        action: 'database.getDocument',
        collectionName: 'many',
        queryType: 'WHERE',
        query: '{}',
        limit: 5000,
      }),
    });
    const answer = (await raw.json()) as { data: { list: unknown[] } };
    expect(answer.data.list).toHaveLength(1000);
    expect(((await db.collection('many').count()) as { total: number }).total).toBe(1200);
  });

  test('a request body above the size limit is EXCEED_REQUEST_SIZE_LIMIT', async () => {
    await open({ maxRequestBytes: 10_000 });
    await db.createCollection('big');
    const e = await failure(db.collection('big').add({ text: 'x'.repeat(20_000) }));
    expect(e.code).toBe('EXCEED_REQUEST_SIZE_LIMIT');
  });
});

describe('transactions: snapshot reads and write conflicts', () => {
  const tx = async () =>
    (db as unknown as { startTransaction(): Promise<TxHandle & TxControl> }).startTransaction();
  interface TxControl {
    commit(): Promise<unknown>;
    rollback(): Promise<unknown>;
  }
  const getIn = async (t: TxHandle, id: string) =>
    ((await t.collection('accounts').doc(id).get()) as { data: Row | null }).data;
  const getOut = async (id: string) =>
    ((await db.collection('accounts').doc(id).get()) as { data: Row[] }).data[0] ?? null;

  beforeEach(async () => {
    await open();
    await db.createCollection('accounts');
    await db.collection('accounts').add([
      { _id: 'a', n: 1 },
      { _id: 'b', n: 1 },
    ]);
  });

  test('a transaction sees the data as of its start plus its own writes', async () => {
    const t = await tx();
    expect(await getIn(t, 'a')).toMatchObject({ n: 1 });
    await db
      .collection('accounts')
      .doc('b')
      .update({ n: db.command.inc(10) });
    expect(await getIn(t, 'b')).toMatchObject({ n: 1 }); // not the later commit
    await t.collection('accounts').doc('a').update({ n: 2 });
    expect(await getIn(t, 'a')).toMatchObject({ n: 2 }); // its own write
    expect(await getOut('a')).toMatchObject({ n: 1 }); // others do not see it yet
    await t.commit();
    expect(await getOut('a')).toMatchObject({ n: 2 });
  });

  test('two transactions writing one document: the second writer gets the conflict', async () => {
    const t1 = await tx();
    const t2 = await tx();
    await t1.collection('accounts').doc('a').update({ n: 2 });
    const e = await failure(t2.collection('accounts').doc('a').update({ n: 3 }));
    expect(e.code).toBe('DATABASE_TRANSACTION_CONFLICT');
    expect(e.message).toContain('[ResourceUnavailable.TransactionConflict]');
    await t1.commit();
    expect(await getOut('a')).toMatchObject({ n: 2 });
    // The conflict aborted t2 on the server.
    expect((await failure(t2.commit())).code).toBe('DATABASE_TRANSACTION_FAIL');
  });

  test('writing a document changed by someone else after the snapshot is a conflict', async () => {
    const t = await tx();
    await getIn(t, 'a');
    await db.collection('accounts').doc('a').update({ n: 5 });
    const e = await failure(t.collection('accounts').doc('a').update({ n: 2 }));
    expect(e.code).toBe('DATABASE_TRANSACTION_CONFLICT');
  });

  test('a plain write to a document a transaction holds waits for its commit', async () => {
    const t = await tx();
    await t.collection('accounts').doc('a').update({ n: 2 });
    let done = false;
    const plain = db
      .collection('accounts')
      .doc('a')
      .update({ n: db.command.inc(1) })
      .then(() => (done = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(done).toBe(false);
    await t.commit();
    await plain;
    expect(await getOut('a')).toMatchObject({ n: 3 });
  });

  test('a plain multi-document update waits as a whole and applies once to each document', async () => {
    const t = await tx();
    await t.collection('accounts').doc('b').update({ n: 10 });
    const plain = db
      .collection('accounts')
      .where({})
      .update({ n: db.command.inc(1) });
    await new Promise((r) => setTimeout(r, 30));
    expect(await getOut('a')).toMatchObject({ n: 1 }); // nothing applied halfway
    await t.commit();
    await plain;
    expect(await getOut('a')).toMatchObject({ n: 2 });
    expect(await getOut('b')).toMatchObject({ n: 11 });
  });

  test('runTransaction retries a conflict and then succeeds', async () => {
    const runner = db as unknown as TransactionRunner;
    let attempts = 0;
    const holder = await tx();
    await holder.collection('accounts').doc('a').update({ n: 7 });
    const run = runner.runTransaction(async (t) => {
      attempts++;
      if (attempts === 1) setTimeout(() => void holder.commit(), 0);
      else await new Promise((r) => setTimeout(r, 20));
      const a = await getIn(t, 'a');
      await t
        .collection('accounts')
        .doc('a')
        .update({ n: Number(a?.n) + 1 });
    });
    await run;
    expect(attempts).toBeGreaterThan(1);
    expect(await getOut('a')).toMatchObject({ n: 8 });
  });

  test('a transaction older than its lifetime is gone (CloudBase: 30 s)', async () => {
    await fake.close();
    await open({ transactionLifetimeMs: 30 });
    await db.createCollection('accounts');
    const t = await tx();
    await new Promise((r) => setTimeout(r, 60));
    const e = await failure(t.collection('accounts').add({ _id: 'late' }));
    expect(e.code).toBe('DATABASE_TRANSACTION_FAIL');
    expect(e.message).toContain('TransactionNotExist');
  });
});

describe('duplicate keys answer in CloudBase shapes', () => {
  const people = defineCollection('people', [{ fields: ['openid'], unique: true }]);
  beforeEach(async () => {
    await open();
    await db.createCollection('people');
    await fake.indexProvisioner.apply(planIndexes([people]));
    await db.collection('people').add([
      { _id: 'p1', openid: 'o1' },
      { _id: 'p2', openid: 'o2' },
    ]);
  });

  test('add() of an existing _id: DATABASE_DUPLICATE_WRITE with E11000', async () => {
    const e = await failure(db.collection('people').add({ _id: 'p1', openid: 'o9' }));
    expect(e.code).toBe('DATABASE_DUPLICATE_WRITE');
    expect(e.message).toMatch(/E11000 duplicate key error .* index: _id_/);
  });

  test('add() of an existing unique key: DATABASE_DUPLICATE_WRITE naming the index', async () => {
    const e = await failure(db.collection('people').add({ _id: 'p3', openid: 'o1' }));
    expect(e.code).toBe('DATABASE_DUPLICATE_WRITE');
    expect(e.message).toContain('index: ix_u_openid dup key: { openid: "o1" }');
  });

  test('an update breaking a unique index: DATABASE_REQUEST_FAILED carrying E11000', async () => {
    const e = await failure(db.collection('people').where({ _id: 'p2' }).update({ openid: 'o1' }));
    expect(e.code).toBe('DATABASE_REQUEST_FAILED');
    expect(e.message).toMatch(/^E11000 duplicate key error/);
    expect(
      ((await db.collection('people').doc('p2').get()) as { data: Row[] }).data[0],
    ).toMatchObject({
      openid: 'o2',
    });
  });

  test('inside a transaction: DATABASE_REQUEST_FAILED carrying E11000, and the transaction is aborted', async () => {
    const t = await (
      db as unknown as { startTransaction(): Promise<TxHandle & { commit(): Promise<unknown> }> }
    ).startTransaction();
    const e = await failure(t.collection('people').add({ _id: 'p3', openid: 'o2' }));
    expect(e.code).toBe('DATABASE_REQUEST_FAILED');
    expect(e.message).toContain('E11000 duplicate key error');
    expect((await failure(t.commit())).code).toBe('DATABASE_TRANSACTION_FAIL');
  });

  test('a missing unique field counts as null: two documents without it collide', async () => {
    await db.collection('people').add({ _id: 'n1' });
    const e = await failure(db.collection('people').add({ _id: 'n2' }));
    expect(e.code).toBe('DATABASE_DUPLICATE_WRITE');
    expect(e.message).toContain('dup key: { openid: null }');
  });

  test('without the index (setup:cloudbase not run) the same keys are accepted', async () => {
    await db.createCollection('loose');
    await db.collection('loose').add({ openid: 'o1' });
    await expect(db.collection('loose').add({ openid: 'o1' })).resolves.toBeDefined();
  });
});
