import type {
  CollectionDef,
  NewDoc,
  Store,
  Transaction,
  Update,
  UpdateOptions,
} from '../ports/store';

/** A crash point for the proofs: what to do right after a transaction that wrote `afterCommitOf` commits. */
export interface FaultInjection {
  afterCommitOf: string;
  onFault: () => void;
}

/**
 * Wraps a Store so that the first committed transaction writing to `afterCommitOf` triggers the
 * fault (the crash proof SIGKILLs the process there: the effect is on disk, nothing after it ran).
 * Configured only through the platform's options; never active unless asked for.
 */
export function withFaultInjection(store: Store, fault: FaultInjection): Store {
  let fired = false;
  return {
    collection: (def) => store.collection(def),
    ensureCollections: (defs) => store.ensureCollections(defs),
    close: () => store.close(),
    async transaction<R>(fn: (tx: Transaction) => Promise<R>): Promise<R> {
      let wroteTarget = false;
      const mark = (def: CollectionDef<unknown>) => {
        if (def.name === fault.afterCommitOf) wroteTarget = true;
      };
      const result = await store.transaction((tx) => {
        wroteTarget = false;
        const watched: Transaction = {
          get: (def, id) => tx.get(def, id),
          insert: <T>(def: CollectionDef<T>, doc: NewDoc<T> & { _id: string }) => {
            mark(def);
            return tx.insert(def, doc);
          },
          update: <T>(def: CollectionDef<T>, id: string, u: Update<T>, o?: UpdateOptions) => {
            mark(def);
            return tx.update(def, id, u, o);
          },
          remove: (def, id) => {
            mark(def);
            return tx.remove(def, id);
          },
        };
        return fn(watched);
      });
      if (wroteTarget && !fired) {
        fired = true;
        fault.onFault();
      }
      return result;
    },
  };
}
