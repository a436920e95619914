import type { Collection, CollectionDef, Store, Transaction } from '../ports/store';

/**
 * The store, telling `onWrite` before every write (insert, update, remove; in a transaction or
 * not) to one of the `watched` collections. The runtime uses it to forget cached callers when a
 * user record changes in this instance.
 */
export function watchWrites(store: Store, watched: readonly string[], onWrite: () => void): Store {
  const names = new Set(watched);
  const noting =
    <A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      if (!names.has(name)) return fn(...args);
      // Before (no read may cache the old record meanwhile) and after (nor while it was written).
      onWrite();
      return fn(...args).finally(onWrite);
    };
  const watchedTx = (tx: Transaction, wrote: { watched: boolean }): Transaction => {
    const inTx = <R>(name: string, fn: () => Promise<R>): Promise<R> => {
      if (names.has(name)) wrote.watched = true;
      return noting(name, fn)();
    };
    return {
      get: (def, id) => tx.get(def, id),
      insert: (def, doc) => inTx(def.name, () => tx.insert(def, doc)),
      update: (def, id, update, options) =>
        inTx(def.name, () => tx.update(def, id, update, options)),
      remove: (def, id) => inTx(def.name, () => tx.remove(def, id)),
    };
  };
  return {
    collection<T>(def: CollectionDef<T>): Collection<T> {
      const c = store.collection(def);
      if (!names.has(def.name)) return c;
      return {
        get: (id) => c.get(id),
        find: (filter, options) => c.find(filter, options),
        count: (filter) => c.count(filter),
        countBy: (filter, fields) => c.countBy(filter, fields),
        insert: noting(def.name, (doc) => c.insert(doc)),
        update: noting(def.name, (id, update, options) => c.update(id, update, options)),
        remove: noting(def.name, (id) => c.remove(id)),
      };
    },
    // Once more when a transaction that wrote a watched record has committed (or failed): a read
    // between its write and its commit saw the old record and may have been kept.
    transaction: (fn) => {
      const wrote = { watched: false };
      return store
        .transaction((tx) => fn(watchedTx(tx, wrote)))
        .finally(() => {
          if (wrote.watched) onWrite();
        });
    },
    ensureCollections: (defs) => store.ensureCollections(defs),
    close: () => store.close(),
  };
}
