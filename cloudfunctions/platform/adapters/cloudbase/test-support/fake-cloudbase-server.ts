import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CollectionDef, IndexDef } from '../../../ports/store';
import { defineCollection, isStoreError } from '../../../ports/store';
import { openSqliteStore } from '../../sqlite/sqlite-store';
import type { IndexPlan, IndexProvisioner } from '../index-plan';
import { applyMongoUpdate } from './apply-mongo-update';
import { decodeEjson, encodeEjson } from './ejson-codec';
import { storePath, toStoreFilter, toStoreSort, UnsupportedQuery } from './mongo-to-store';

/**
 * A local stand-in for the CloudBase database HTTP API, for tests of the real SDK. It answers
 * the POSTs `@cloudbase/node-sdk` sends to `serviceUrl` by decoding their EJSON queries and
 * updates and running them against a real SQLite Store (the project's local adapter).
 * Transactions buffer their writes and apply them atomically on commit, failing with
 * DATABASE_TRANSACTION_CONFLICT when another writer got there first, as MongoDB does.
 */

export interface RecordedRequest {
  action: string;
  /** The request body as sent (EJSON fields still strings). */
  body: Record<string, unknown>;
}

export interface FakeCloudbaseServer {
  url: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Stands in for the console / management API that creates indexes. */
  indexProvisioner: IndexProvisioner;
  close(): Promise<void>;
}

type Body = Record<string, unknown>;
interface Stored {
  d: Body;
}
interface Committed {
  rev: number;
  doc: Body;
}
interface PendingWrite {
  coll: string;
  id: string;
  /** Committed revision the transaction started from; 0 when the document did not exist. */
  base: number;
  /** The document after this transaction's writes; null when it deletes it. */
  doc: Body | null;
}
interface Txn {
  /** First-seen committed revision per touched document (0 = absent). */
  bases: Map<string, number>;
  writes: Map<string, PendingWrite>;
}

class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const conflict = () =>
  new FakeError(
    'DATABASE_TRANSACTION_CONFLICT',
    '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others.',
  );

function newId(): string {
  return randomBytes(16).toString('hex');
}

function str(v: unknown, what: string): string {
  if (typeof v !== 'string' || !v) throw new FakeError('INVALID_PARAM', `missing ${what}`);
  return v;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeCloudbaseServer(): Promise<FakeCloudbaseServer> {
  const dir = mkdtempSync(join(tmpdir(), 'psv-fake-cloudbase-'));
  const backing = openSqliteStore({ file: join(dir, 'fake.db') });
  const catalog = new Map<string, IndexDef[]>();
  const txns = new Map<string, Txn>();
  /** Which open transaction holds a pending write on a document (MongoDB's write lock). */
  const lockedBy = new Map<string, string>();
  const requests: RecordedRequest[] = [];
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <R>(fn: () => Promise<R>): Promise<R> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };

  const key = (coll: string, id: string) => `${coll}\u0000${id}`;

  function def(coll: string): CollectionDef<Stored> {
    const indexes = catalog.get(coll);
    if (!indexes) {
      throw new FakeError('DATABASE_COLLECTION_NOT_EXIST', `collection ${coll} does not exist`);
    }
    return defineCollection<Stored>(
      coll,
      indexes.map((ix) => ({ ...ix, fields: ix.fields.map(storePath) })),
    );
  }

  async function committed(coll: string, id: string): Promise<Committed | null> {
    const doc = await backing.collection(def(coll)).get(id);
    return doc ? { rev: doc._version, doc: { _id: id, ...doc.d } } : null;
  }

  function txnOf(body: Body): [string, Txn] | null {
    if (body.transactionId === undefined) return null;
    const id = str(body.transactionId, 'transactionId');
    const txn = txns.get(id);
    if (!txn) throw new FakeError('DATABASE_TRANSACTION_FAIL', `transaction ${id} is not open`);
    return [id, txn];
  }

  function dropTxn(id: string): void {
    const txn = txns.get(id);
    if (!txn) return;
    for (const k of txn.writes.keys()) if (lockedBy.get(k) === id) lockedBy.delete(k);
    txns.delete(id);
  }

  /** A document as the transaction sees it: its own writes, else the committed state. */
  async function txnView(txn: Txn, coll: string, id: string): Promise<Body | null> {
    const k = key(coll, id);
    const w = txn.writes.get(k);
    if (w) return w.doc;
    const c = await committed(coll, id);
    if (!txn.bases.has(k)) txn.bases.set(k, c?.rev ?? 0);
    else if ((c?.rev ?? 0) !== txn.bases.get(k)) throw conflict();
    return c?.doc ?? null;
  }

  async function txnWrite(txnId: string, txn: Txn, coll: string, id: string, doc: Body | null) {
    const k = key(coll, id);
    const holder = lockedBy.get(k);
    if (holder !== undefined && holder !== txnId) throw conflict();
    await txnView(txn, coll, id); // records the base, or fails if it moved on
    lockedBy.set(k, txnId);
    txn.writes.set(k, { coll, id, base: txn.bases.get(k) ?? 0, doc });
  }

  /** The single document id a doc-by-id request names (transactions accept nothing else). */
  function docIdOf(body: Body): string {
    const q = decodeEjson(body.query);
    const id = (q as { _id?: unknown } | null)?._id;
    if (body.queryType !== 'DOC' || typeof id !== 'string' || Object.keys(q as Body).length !== 1) {
      throw new FakeError(
        'INVALID_PARAM',
        'inside a transaction only doc(id) operations are transactional; where() is not',
      );
    }
    return id;
  }

  async function matching(coll: string, body: Body, multi: boolean): Promise<string[]> {
    const filter = toStoreFilter(body.query === undefined ? undefined : decodeEjson(body.query));
    const ids: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await backing.collection(def(coll)).find(filter, { limit: 1000, after });
      ids.push(...page.items.map((d) => d._id));
      if (!multi && ids.length) return ids.slice(0, 1);
      if (!page.nextCursor) return ids;
      after = page.nextCursor;
    }
  }

  function stripId(doc: Body): Body {
    const { _id: _ignored, ...rest } = doc;
    return rest;
  }

  const actions: Record<string, (body: Body) => Promise<Body>> = {
    'database.addCollection': (body) => {
      const coll = str(body.collectionName, 'collectionName');
      if (!/^[a-z][a-z0-9_]*$/.test(coll))
        throw new FakeError('INVALID_PARAM', 'bad collection name');
      if (catalog.has(coll)) {
        throw new FakeError(
          'DATABASE_COLLECTION_ALREADY_EXIST',
          '[ResourceUnavailable.ResourceExist] Table exist.',
        );
      }
      catalog.set(coll, []);
      return Promise.resolve({});
    },

    'database.getDocument': async (body) => {
      const coll = str(body.collectionName, 'collectionName');
      def(coll);
      if (body.projection !== undefined) throw new UnsupportedQuery('projection not supported');
      const tx = txnOf(body);
      if (tx) {
        const doc = await txnView(tx[1], coll, docIdOf(body));
        return { data: { list: doc ? [encodeEjson(doc)] : [] } };
      }
      const filter = toStoreFilter(body.query === undefined ? undefined : decodeEjson(body.query));
      const sort = toStoreSort(body.order === undefined ? undefined : decodeEjson(body.order));
      const limit = typeof body.limit === 'number' ? body.limit : 100;
      const offset = typeof body.offset === 'number' ? body.offset : 0;
      const page = await backing
        .collection(def(coll))
        .find(filter, { sort, limit, ...(offset ? { skip: offset } : {}) });
      const list = page.items.map((d) => encodeEjson({ _id: d._id, ...d.d }));
      return { data: { list, limit, offset } };
    },

    'database.calculateDocument': async (body) => {
      const coll = str(body.collectionName, 'collectionName');
      const filter = toStoreFilter(body.query === undefined ? undefined : decodeEjson(body.query));
      return { data: { total: await backing.collection(def(coll)).count(filter) } };
    },

    'database.insertDocument': async (body) => {
      const coll = str(body.collectionName, 'collectionName');
      def(coll);
      if (!Array.isArray(body.data)) throw new FakeError('INVALID_PARAM', 'data must be a list');
      const docs = body.data.map((text) => decodeEjson(text) as Body);
      const ids = docs.map((d) => (typeof d._id === 'string' ? d._id : newId()));
      const tx = txnOf(body);
      if (tx) {
        for (const [i, d] of docs.entries()) {
          const id = ids[i] as string;
          if (await txnView(tx[1], coll, id)) throw duplicate(coll, id);
          await txnWrite(tx[0], tx[1], coll, id, { ...d, _id: id });
        }
      } else {
        await backing.transaction(async (t) => {
          for (const [i, d] of docs.entries()) {
            await t.insert(def(coll), { _id: ids[i] as string, d: stripId(d) });
          }
        });
      }
      return { data: { insertedIds: ids } };
    },

    'database.modifyDocument': async (body) => {
      const coll = str(body.collectionName, 'collectionName');
      const data = decodeEjson(body.data) as Body;
      const replace = body.merge === false;
      const change = (doc: Body): Body =>
        replace ? { ...stripId(data), _id: doc._id } : applyMongoUpdate(doc, data);
      const tx = txnOf(body);
      if (tx) {
        const id = docIdOf(body);
        const doc = await txnView(tx[1], coll, id);
        if (!doc && !(replace && body.upsert === true)) return { data: { updated: 0 } };
        await txnWrite(tx[0], tx[1], coll, id, change(doc ?? { _id: id }));
        return { data: { updated: doc ? 1 : 0, upsert_id: doc ? null : id } };
      }
      const ids = await matching(coll, body, body.multi !== false);
      if (!ids.length && replace && body.upsert === true) {
        const id = (decodeEjson(body.query) as { _id?: unknown })._id;
        const newDocId = typeof id === 'string' ? id : newId();
        await backing.collection(def(coll)).insert({ _id: newDocId, d: stripId(data) });
        return { data: { updated: 0, upsert_id: newDocId } };
      }
      await backing.transaction(async (t) => {
        for (const id of ids) {
          const cur = await t.get(def(coll), id);
          if (!cur) continue;
          const next = stripId(change({ _id: id, ...cur.d }));
          await t.update(def(coll), id, { set: { d: next } }, { ifVersion: cur._version });
        }
      });
      return { data: { updated: ids.length, upsert_id: null } };
    },

    'database.removeDocument': async (body) => {
      const coll = str(body.collectionName, 'collectionName');
      const tx = txnOf(body);
      if (tx) {
        const id = docIdOf(body);
        const doc = await txnView(tx[1], coll, id);
        if (doc) await txnWrite(tx[0], tx[1], coll, id, null);
        return { data: { deleted: doc ? 1 : 0 } };
      }
      const ids = await matching(coll, body, body.multi !== false);
      let deleted = 0;
      await backing.transaction(async (t) => {
        for (const id of ids) if (await t.remove(def(coll), id)) deleted++;
      });
      return { data: { deleted } };
    },

    'database.startTransaction': () => {
      const id = `fake-tx-${newId()}`;
      txns.set(id, { bases: new Map(), writes: new Map() });
      return Promise.resolve({ transactionId: id });
    },

    'database.commitTransaction': async (body) => {
      const tx = txnOf(body);
      if (!tx) throw new FakeError('INVALID_PARAM', 'missing transactionId');
      const [id, txn] = tx;
      try {
        for (const w of txn.writes.values()) {
          if (((await committed(w.coll, w.id))?.rev ?? 0) !== w.base) throw conflict();
        }
        await backing.transaction(async (t) => {
          for (const w of txn.writes.values()) {
            const d = def(w.coll);
            if (w.doc === null) await t.remove(d, w.id);
            else if (w.base === 0) await t.insert(d, { _id: w.id, d: stripId(w.doc) });
            else await t.update(d, w.id, { set: { d: stripId(w.doc) } }, { ifVersion: w.base });
          }
        });
      } finally {
        dropTxn(id);
      }
      return {};
    },

    'database.abortTransaction': (body) => {
      if (typeof body.transactionId === 'string') dropTxn(body.transactionId);
      return Promise.resolve({});
    },
  };

  function duplicate(coll: string, id: string): FakeError {
    return new FakeError(
      'DATABASE_DUPLICATE_WRITE',
      `E11000 duplicate key error collection: ${coll} dup key: { _id: "${id}" }`,
    );
  }

  async function handle(raw: string): Promise<Body> {
    const body = JSON.parse(raw) as Body;
    const action = typeof body.action === 'string' ? body.action : '';
    requests.push({ action, body });
    const run = actions[action];
    if (!run) throw new FakeError('INVALID_PARAM', `action ${action} not supported by the fake`);
    try {
      return await serial(() => run(body));
    } catch (e) {
      // MongoDB aborts a transaction on any error inside it.
      if (typeof body.transactionId === 'string' && action !== 'database.commitTransaction') {
        dropTxn(body.transactionId);
      }
      if (isStoreError(e, 'DUPLICATE')) throw duplicate(String(body.collectionName), '?');
      if (isStoreError(e, 'VERSION_CONFLICT')) throw conflict();
      if (e instanceof UnsupportedQuery) throw new FakeError('INVALID_PARAM', e.message);
      throw e;
    }
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const reply = (payload: Body) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ requestId: newId().slice(0, 16), ...payload }));
    };
    if (
      req.method !== 'POST' ||
      !String(req.headers.authorization ?? '').startsWith('TC3-HMAC-SHA256')
    ) {
      reply({ code: 'SIGN_PARAM_INVALID', message: 'unsigned request' });
      return;
    }
    readBody(req)
      .then(handle)
      .then(reply, (e: unknown) => {
        if (e instanceof FakeError) reply({ code: e.code, message: e.message });
        else reply({ code: 'SYS_ERR', message: e instanceof Error ? e.message : String(e) });
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const indexProvisioner: IndexProvisioner = {
    apply: (plan: IndexPlan) =>
      serial(() => {
        for (const entry of plan) {
          catalog.set(
            entry.collection,
            entry.indexes.map((ix) => ({ fields: ix.fields, unique: ix.unique })),
          );
        }
        return Promise.resolve();
      }),
  };

  return {
    url: `http://127.0.0.1:${port}/admin`,
    requests,
    indexProvisioner,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await backing.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
