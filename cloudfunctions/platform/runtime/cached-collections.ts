import type { Collection, CollectionDef, Store, Transaction } from '../ports/store';

/** A collection whose reads a warm instance may answer from memory, and for how long. */
export interface CachedCollection {
  def: CollectionDef<unknown>;
  ttlMs: number;
  /** Answers kept at most (default 500; the oldest goes first): reads by many ids stay bounded. */
  maxEntries?: number;
}

const DEFAULT_MAX_ENTRIES = 500;

/**
 * The store, with reads (get, find, count, countBy) of a few rarely changing collections — the
 * org units — answered from memory for `ttlMs` after the first one, so a warm CloudBase instance
 * does not pay a database round trip per call for them.
 *
 * Staleness: a write made through THIS store (collection or transaction) to a cached collection
 * empties its cache at once, so the instance that changes an org unit reads its change; another
 * instance may answer the old value until its entry is `ttlMs` old. Org units only change by the
 * admin's seed or deploy scripts, so a few minutes is safe. A transaction that wrote to one empties
 * it again once it has committed, so a read made between its write and its commit is not kept. A
 * read on its way while a write empties the cache lands in the emptied map, not the new one.
 * Answers are deep copies: a caller changing what it got cannot change the cache.
 */
export function withCachedCollections(
  store: Store,
  cached: readonly CachedCollection[],
  // A steady timer, not a clock that may be moved.
  steadyNow: () => number = () => performance.now(),
): Store {
  const ttlOf = new Map(cached.map((c) => [c.def.name, c.ttlMs]));
  const maxOf = new Map(cached.map((c) => [c.def.name, c.maxEntries ?? DEFAULT_MAX_ENTRIES]));
  const entries = new Map<string, Map<string, { at: number; value: unknown }>>();
  const forget = (name: string) => entries.delete(name);
  const memo = <R>(name: string, key: string, read: () => Promise<R>): Promise<R> => {
    const ttl = ttlOf.get(name) ?? 0;
    let byKey = entries.get(name);
    if (!byKey) entries.set(name, (byKey = new Map<string, { at: number; value: unknown }>()));
    const now = steadyNow();
    const hit = byKey.get(key);
    if (hit && now - hit.at < ttl) return Promise.resolve(structuredClone(hit.value) as R);
    return read().then((value) => {
      if (byKey.size >= (maxOf.get(name) ?? DEFAULT_MAX_ENTRIES)) {
        byKey.delete(byKey.keys().next().value ?? '');
      }
      byKey.delete(key);
      byKey.set(key, { at: now, value: structuredClone(value) });
      return value;
    });
  };
  const cachedTx = (tx: Transaction, wrote: Set<string>): Transaction => {
    const writing = (name: string) => {
      wrote.add(name);
      forget(name);
    };
    return {
      get: (def, id) => tx.get(def, id),
      insert: (def, doc) => {
        writing(def.name);
        return tx.insert(def, doc);
      },
      update: (def, id, update, options) => {
        writing(def.name);
        return tx.update(def, id, update, options);
      },
      remove: (def, id) => {
        writing(def.name);
        return tx.remove(def, id);
      },
    };
  };
  return {
    collection<T>(def: CollectionDef<T>): Collection<T> {
      const c = store.collection(def);
      if (!ttlOf.has(def.name)) return c;
      const name = def.name;
      const written =
        <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
        (...args: A): Promise<R> => {
          forget(name);
          return fn(...args);
        };
      return {
        get: (id) => memo(name, `get:${id}`, () => c.get(id)),
        find: (filter, options) =>
          memo(name, `find:${JSON.stringify([filter ?? null, options ?? null])}`, () =>
            c.find(filter, options),
          ),
        count: (filter) =>
          memo(name, `count:${JSON.stringify(filter ?? null)}`, () => c.count(filter)),
        countBy: (filter, fields) =>
          memo(name, `countBy:${JSON.stringify([filter ?? null, fields])}`, () =>
            c.countBy(filter, fields),
          ),
        insert: written((doc) => c.insert(doc)),
        update: written((id, update, options) => c.update(id, update, options)),
        remove: written((id) => c.remove(id)),
      };
    },
    transaction: (fn) => {
      const wrote = new Set<string>();
      return store
        .transaction((tx) => fn(cachedTx(tx, wrote)))
        .finally(() => wrote.forEach(forget));
    },
    ensureCollections: (defs) => store.ensureCollections(defs),
    close: () => store.close(),
  };
}
