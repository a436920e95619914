import { AsyncLocalStorage } from 'node:async_hooks';
import { applyUpdate, splitDoc } from '../../ports/apply-update';
import { decodeCursor, readPath } from '../../ports/page-cursor';
import type {
  Collection,
  CollectionDef,
  Doc,
  Filter,
  FindOptions,
  NewDoc,
  Page,
  Store,
  Transaction,
  Update,
  UpdateOptions,
} from '../../ports/store';
import type { GroupCount } from '../../ports/store';
import { checkGroupFields, MAX_COUNT_GROUPS, StoreError } from '../../ports/store';
import type { CloudbaseConnection } from './cloudbase-app';
import { openCloudbaseApp } from './cloudbase-app';
import type { CloudbaseDb, QueryCondition, TransactionRunner, TxHandle } from './cloudbase-db';
import { readCount, readDocs, readInsertedId } from './cloudbase-db';
import {
  isCollectionAlreadyThere,
  isCollectionMissing,
  isTransactionConflict,
  toStoreError,
} from './cloudbase-errors';
import { cursorAfter, keysetCondition, normalizeSort } from './cloudbase-page';
import type { SortKey } from './cloudbase-page';
import { allOf, toCloudbaseQuery } from './cloudbase-query';
import { createKnownDocs } from './known-docs';
import { toCloudbaseUpdate } from './cloudbase-update';
import type { IndexProvisioner } from './index-plan';
import { planIndexes } from './index-plan';

export interface CloudbaseStoreOptions extends CloudbaseConnection {
  /**
   * Makes declared indexes exist. The SDK's data API cannot create indexes, so without one
   * `ensureCollections` only creates collections and unique keys hold only once the deploy
   * script (see `index-plan.ts`) has created the indexes.
   */
  indexProvisioner?: IndexProvisioner;
  /** Attempts for an update without `ifVersion` that keeps losing races (default 30). */
  maxUpdateAttempts?: number;
}

/** The SDK's page cap: it clamps `limit` above 1000. */
const SDK_MAX_LIMIT = 1000;

type Body = Record<string, unknown>;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function checkId(id: unknown): string {
  if (typeof id !== 'string' || id === '') throw new StoreError('BAD_QUERY', 'bad document id');
  return id;
}

/** JSON round trip, so what we return is what was stored (no `undefined` fields). */
function plain(body: Body): Body {
  return JSON.parse(JSON.stringify(body)) as Body;
}

function asDoc<T>(raw: Body): Doc<T> {
  return raw as Doc<T>;
}

function versionOf(raw: Body): number {
  return typeof raw._version === 'number' ? raw._version : 0;
}

/**
 * The Store port on the CloudBase document database (`@cloudbase/node-sdk`). Plain updates are
 * compare-and-set on `_version` (`where({_id, _version}).update()`); transactions use only
 * doc-by-id operations inside `db.runTransaction`, the only ones CloudBase runs transactionally.
 */
export function createCloudbaseStore(options: CloudbaseStoreOptions): Store {
  const app = openCloudbaseApp(options);
  const db: CloudbaseDb = app.database();
  const _ = db.command;
  const inTransaction = new AsyncLocalStorage<true>();
  const maxUpdateAttempts = options.maxUpdateAttempts ?? 30;
  const known = createKnownDocs();

  const refuseInTransaction = () => {
    if (inTransaction.getStore()) {
      throw new Error(
        'Inside store.transaction(), write through the transaction object, not a collection.',
      );
    }
  };

  async function getRaw(name: string, id: string): Promise<Body | null> {
    try {
      return readDocs(await db.collection(name).doc(id).get())[0] ?? null;
    } catch (e) {
      if (isCollectionMissing(e)) return null;
      throw toStoreError(e, name);
    }
  }

  async function query(
    name: string,
    where: QueryCondition,
    sort: SortKey[],
    skip: number,
    limit: number,
  ): Promise<Body[]> {
    let q = db.collection(name).where(where);
    for (const [f, d] of sort) q = q.orderBy(f, d);
    if (skip > 0) q = q.skip(skip);
    try {
      return readDocs(await q.limit(limit).get());
    } catch (e) {
      if (isCollectionMissing(e)) return [];
      throw toStoreError(e, name);
    }
  }

  async function find<T>(name: string, filter: Filter | undefined, opts: FindOptions = {}) {
    const limit = Math.min(Math.max(Math.trunc(opts.limit ?? 100), 1), SDK_MAX_LIMIT);
    const skip = Math.max(Math.trunc(opts.skip ?? 0), 0);
    const sort = normalizeSort(opts.sort);
    const base = toCloudbaseQuery(db, filter);
    const conds = [base];
    if (opts.after !== undefined) {
      if (skip) throw new StoreError('BAD_QUERY', 'skip and after cannot be combined');
      conds.push(keysetCondition(db, sort, decodeCursor(opts.after, sort.length)));
    }
    const rows = await query(
      name,
      allOf(db, conds),
      sort,
      skip,
      Math.min(limit + 1, SDK_MAX_LIMIT),
    );
    const items = rows.slice(0, limit).map((r) => asDoc<T>(r));
    const last = items[items.length - 1];
    let more = rows.length > limit;
    if (!more && last && limit === SDK_MAX_LIMIT && rows.length === limit) {
      // limit+1 is not possible at the cap: ask whether anything follows the last item.
      const next = keysetCondition(
        db,
        sort,
        sort.map(([f]) => readPath(last as Body, f)),
      );
      more = (await query(name, allOf(db, [base, next]), sort, 0, 1)).length > 0;
    }
    const page: Page<T> = { items, nextCursor: more && last ? cursorAfter(sort, last) : null };
    return page;
  }

  async function insert<T>(name: string, doc: NewDoc<T>, retried = false): Promise<Doc<T>> {
    refuseInTransaction();
    const { id, body } = splitDoc(doc);
    const stored = plain({ ...body, _version: 1 });
    try {
      const res = await db.collection(name).add(id === undefined ? stored : { _id: id, ...stored });
      const inserted = { ...stored, _id: id ?? readInsertedId(res) };
      known.set(name, inserted._id, inserted);
      return asDoc<T>(inserted);
    } catch (e) {
      if (isCollectionMissing(e) && !retried) {
        await createCollection(name);
        return insert(name, doc, true);
      }
      throw toStoreError(e, name);
    }
  }

  async function update<T>(
    name: string,
    id: string,
    change: Update<T>,
    opts: UpdateOptions = {},
  ): Promise<Doc<T>> {
    refuseInTransaction();
    checkId(id);
    for (let attempt = 0; attempt < maxUpdateAttempts; attempt++) {
      // First try on the document as this instance last committed it (no read); a miss reads.
      const guess = attempt === 0 ? known.get(name, id) : null;
      if (guess && opts.ifVersion !== undefined && versionOf(guess) !== opts.ifVersion) {
        known.forget(name, id);
        continue;
      }
      const current = guess ?? (await getRaw(name, id));
      if (!current) throw new StoreError('NOT_FOUND', `no document ${id} in ${name}`);
      const version = versionOf(current);
      if (opts.ifVersion !== undefined && opts.ifVersion !== version) {
        throw new StoreError('VERSION_CONFLICT', `version conflict on ${name}/${id}`);
      }
      const next = plain(applyUpdate(splitDoc(current).body, change));
      const data = toCloudbaseUpdate(_, change, next, version + 1);
      let updated: number;
      try {
        const where = { _id: id, _version: version === 0 ? _.eq(null) : version };
        updated = readCount(await db.collection(name).where(where).update(data), 'updated');
      } catch (e) {
        throw toStoreError(e, name);
      }
      if (updated > 0) {
        const written = { ...next, _id: id, _version: version + 1 };
        known.set(name, id, written);
        return asDoc<T>(written);
      }
      known.forget(name, id);
      // A stale guess: read the document and try again.
      if (guess) continue;
      // Someone wrote in between: report it when a version was asked for, otherwise retry.
      if (opts.ifVersion !== undefined) {
        if (!(await getRaw(name, id))) throw new StoreError('NOT_FOUND', `no document ${id}`);
        throw new StoreError('VERSION_CONFLICT', `version conflict on ${name}/${id}`);
      }
      await sleep(Math.random() * 5 * (attempt + 1));
    }
    throw new StoreError('VERSION_CONFLICT', `too much contention on ${name}/${id}`);
  }

  async function remove(name: string, id: string): Promise<boolean> {
    refuseInTransaction();
    checkId(id);
    known.forget(name, id);
    try {
      return readCount(await db.collection(name).doc(id).remove(), 'deleted') > 0;
    } catch (e) {
      if (isCollectionMissing(e)) return false;
      throw toStoreError(e, name);
    }
  }

  async function count(name: string, filter: Filter | undefined): Promise<number> {
    try {
      return readCount(
        await db.collection(name).where(toCloudbaseQuery(db, filter)).count(),
        'total',
      );
    } catch (e) {
      if (isCollectionMissing(e)) return 0;
      throw toStoreError(e, name);
    }
  }

  /**
   * One aggregate request: `$match` with the same query as `find`, `$group` on the fields (named
   * k0…, as `_id` keys cannot hold dots) summing 1, and a `$limit` one above the cap so that too
   * many groups are told, not cut.
   */
  async function countBy(
    name: string,
    filter: Filter | undefined,
    fields: readonly string[],
  ): Promise<GroupCount[]> {
    checkGroupFields(fields);
    let rows: Array<Record<string, unknown>>;
    try {
      const res: unknown = await db
        .collection(name)
        .aggregate()
        .match(toCloudbaseQuery(db, filter))
        .group({
          _id: Object.fromEntries(fields.map((f, i) => [`k${i}`, `$${f}`])),
          count: { $sum: 1 },
        })
        .limit(MAX_COUNT_GROUPS + 1)
        .end();
      rows = readDocs(res);
    } catch (e) {
      if (isCollectionMissing(e)) return [];
      throw toStoreError(e, name);
    }
    if (rows.length > MAX_COUNT_GROUPS)
      throw new StoreError('BAD_QUERY', `countBy: more than ${MAX_COUNT_GROUPS} groups`);
    return rows.map((row) => {
      const id = (row._id ?? {}) as Record<string, unknown>;
      const key: GroupCount['key'] = {};
      fields.forEach((f, i) => {
        const v = id[`k${i}`];
        key[f] =
          typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
      });
      return { key, count: Number(row.count) };
    });
  }

  async function createCollection(name: string): Promise<void> {
    try {
      await db.createCollection(name);
    } catch (e) {
      if (!isCollectionAlreadyThere(e)) throw e;
    }
  }

  function transactionApi(t: TxHandle): {
    tx: Transaction;
    finish: () => void;
    seen: ReadonlyMap<string, Body | null>;
  } {
    let active = true;
    const guard = () => {
      if (!active) throw new Error('transaction already finished');
    };
    // Errors of the SDK pass through untouched here so that runTransaction still sees
    // DATABASE_TRANSACTION_CONFLICT and retries; the caller maps what finally escapes.
    // What this transaction has read or written, by collection/id. A transaction reads a snapshot
    // plus its own writes, so a document it has seen cannot change under it: a second read of it
    // (typically the read `update` needs after the handler's own `get`) costs no round trip.
    const seen = new Map<string, Body | null>();
    const seenKey = (name: string, id: string) => `${name}\u0000${id}`;
    const txGet = async (name: string, id: string): Promise<Body | null> => {
      const k = seenKey(name, checkId(id));
      if (seen.has(k)) {
        const doc = seen.get(k) ?? null;
        return doc ? structuredClone(doc) : null;
      }
      const doc = readDocs(await t.collection(name).doc(id).get())[0] ?? null;
      seen.set(k, doc ? structuredClone(doc) : null);
      return doc;
    };
    const mapDuplicate = (e: unknown, name: string) =>
      isTransactionConflict(e) ? e : toStoreError(e, name);
    const tx: Transaction = {
      get: async <T>(def: CollectionDef<T>, id: string) => {
        guard();
        const raw = await txGet(def.name, id);
        return raw ? asDoc<T>(raw) : null;
      },
      insert: async <T>(def: CollectionDef<T>, doc: NewDoc<T> & { _id: string }) => {
        guard();
        const { id, body } = splitDoc(doc);
        const stored = plain({ ...body, _version: 1 });
        try {
          await t.collection(def.name).add({ _id: checkId(id), ...stored });
        } catch (e) {
          throw mapDuplicate(e, def.name);
        }
        seen.set(seenKey(def.name, doc._id), { ...structuredClone(stored), _id: doc._id });
        return asDoc<T>({ ...stored, _id: doc._id });
      },
      update: async <T>(
        def: CollectionDef<T>,
        id: string,
        change: Update<T>,
        opts?: UpdateOptions,
      ) => {
        guard();
        const current = await txGet(def.name, id);
        if (!current) throw new StoreError('NOT_FOUND', `no document ${id} in ${def.name}`);
        const version = versionOf(current);
        if (opts?.ifVersion !== undefined && opts.ifVersion !== version) {
          throw new StoreError('VERSION_CONFLICT', `version conflict on ${def.name}/${id}`);
        }
        const next = plain(applyUpdate(splitDoc(current).body, change));
        try {
          await t
            .collection(def.name)
            .doc(id)
            .update(toCloudbaseUpdate(_, change, next, version + 1));
        } catch (e) {
          throw mapDuplicate(e, def.name);
        }
        const written = { ...next, _id: id, _version: version + 1 };
        seen.set(seenKey(def.name, id), structuredClone(written));
        return asDoc<T>(written);
      },
      remove: async <T>(def: CollectionDef<T>, id: string) => {
        guard();
        const removed =
          readCount(await t.collection(def.name).doc(checkId(id)).delete(), 'deleted') > 0;
        seen.set(seenKey(def.name, id), null);
        return removed;
      },
    };
    return { tx, finish: () => (active = false), seen };
  }

  const store: Store = {
    collection<T>(def: CollectionDef<T>): Collection<T> {
      const name = def.name;
      return {
        get: async (id) => {
          const raw = await getRaw(name, checkId(id));
          return raw ? asDoc<T>(raw) : null;
        },
        find: (filter, opts) => find<T>(name, filter, opts),
        count: (filter) => count(name, filter),
        countBy: (filter, fields) => countBy(name, filter, fields),
        insert: (doc) => insert<T>(name, doc),
        update: (id, change, opts) => update<T>(name, id, change, opts),
        remove: (id) => remove(name, id),
      };
    },

    async transaction<R>(fn: (tx: Transaction) => Promise<R>): Promise<R> {
      if (inTransaction.getStore()) throw new Error('Nested store.transaction() is not supported.');
      const thrownByFn = new WeakSet<object>();
      const runner = db as unknown as TransactionRunner;
      // What the attempt that committed saw and wrote (an attempt that conflicted is retried).
      let lastSeen: ReadonlyMap<string, Body | null> = new Map();
      try {
        const result = await inTransaction.run(true, () =>
          runner.runTransaction(async (t) => {
            const { tx, finish, seen } = transactionApi(t);
            lastSeen = seen;
            try {
              return await fn(tx);
            } catch (e) {
              if (typeof e === 'object' && e !== null && !isTransactionConflict(e)) {
                thrownByFn.add(e);
              }
              throw e;
            } finally {
              finish();
            }
          }),
        );
        for (const [k, doc] of lastSeen) {
          const [name = '', id = ''] = k.split('\u0000');
          if (doc) known.set(name, id, doc);
          else known.forget(name, id);
        }
        return result;
      } catch (e) {
        if (typeof e === 'object' && e !== null && thrownByFn.has(e)) throw e;
        throw toStoreError(e, 'transaction');
      }
    },

    async ensureCollections(defs: ReadonlyArray<CollectionDef<unknown>>): Promise<void> {
      for (const def of defs) await createCollection(def.name);
      if (options.indexProvisioner) await options.indexProvisioner.apply(planIndexes(defs));
    },

    close(): Promise<void> {
      // The SDK keeps no connection state beyond its keep-alive agent; nothing to release.
      return Promise.resolve();
    },
  };
  return store;
}
