import type { Collection, CollectionDef, Store } from '../cloudfunctions/platform/ports/store';

/**
 * A Store that counts the requests made through it: each collection call (get, find, count,
 * countBy, insert, update, remove) and each transaction is one request, as each is one round trip
 * to CloudBase's database (a transaction's own gets and writes are counted inside it too).
 */
export function countingStore(inner: Store): { store: Store; requests: () => number } {
  let n = 0;
  const counted =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      n += 1;
      return fn(...args);
    };
  const store: Store = {
    collection<T>(def: CollectionDef<T>): Collection<T> {
      const c = inner.collection(def);
      return {
        get: counted((id) => c.get(id)),
        find: counted((filter, options) => c.find(filter, options)),
        count: counted((filter) => c.count(filter)),
        countBy: counted((filter, fields) => c.countBy(filter, fields)),
        insert: counted((doc) => c.insert(doc)),
        update: counted((id, update, options) => c.update(id, update, options)),
        remove: counted((id) => c.remove(id)),
      };
    },
    transaction: (fn) =>
      inner.transaction((tx) => {
        n += 1;
        return fn({
          get: counted((def, id) => tx.get(def, id)),
          insert: counted((def, doc) => tx.insert(def, doc)),
          update: counted((def, id, update, options) => tx.update(def, id, update, options)),
          remove: counted((def, id) => tx.remove(def, id)),
        });
      }),
    ensureCollections: (defs) => inner.ensureCollections(defs),
    close: () => inner.close(),
  };
  return { store, requests: () => n };
}
