import type { Clock } from '../ports/clock';
import type { Collection, CollectionDef, NewDoc, Store, Transaction } from '../ports/store';
import { AppError } from './app-error';
import { newId } from './new-id';
import type { IdempotencyDoc, JournalEntry } from './platform-collections';
import { idempotencyCollection } from './platform-collections';
import { enterIdSegment } from './replayable-ids';

export interface JournaledStore extends Store {
  /** Write steps this run committed itself (not replayed from the journal). */
  committedSteps(): number;
  /**
   * The idempotency key's `_version` as this run's last committed step left it (null before
   * one): while the key still has it, this run still holds the key.
   */
  keyVersion(): number | null;
}

export function lostClaim(): AppError {
  return new AppError('CONFLICT', '上一次提交还在处理中，请稍后刷新查看。');
}

function encode(value: unknown): JournalEntry {
  return value === undefined ? {} : { value: JSON.parse(JSON.stringify(value)) as unknown };
}

/**
 * The Store a keyed mutating call's handler sees. Every write step — a `transaction(fn)`, or a
 * single write outside one, which becomes a one-operation transaction — also appends its return
 * value to the call's idempotency record inside the same transaction, after checking that this
 * run still holds the key. So the effect and the record of it commit together.
 *
 * A run resumed after a crash (`recorded` non-empty) gets the journaled value back for each step
 * that already committed, without running it again; later steps run normally.
 * Reads pass straight through.
 */
export function createJournaledStore(
  inner: Store,
  clock: Clock,
  call: { keyId: string; claim: string; recorded: readonly JournalEntry[] },
): JournaledStore {
  let next = 0;
  let committed = 0;
  let keyVersion: number | null = null;

  async function step<R>(fn: (tx: Transaction) => Promise<R>): Promise<R> {
    // A step that fails (a lost race the handler retries) takes no journal place.
    const index = next;
    const recorded = call.recorded[index];
    if (recorded) {
      next++;
      enterIdSegment(`after-${index}`);
      return (Object.hasOwn(recorded, 'value') ? recorded.value : undefined) as R;
    }
    let versionAfter: number | null = null;
    const result = await inner.transaction(async (tx) => {
      enterIdSegment(`step-${index}`);
      const key = await tx.get<IdempotencyDoc>(idempotencyCollection, call.keyId);
      const journal = key?.journal ?? [];
      if (!key || key.state !== 'pending' || key.claim !== call.claim || journal.length !== index)
        throw lostClaim();
      const value = await fn(tx);
      const updated = await tx.update(idempotencyCollection, call.keyId, {
        set: { journal: [...journal, encode(value)], leaseAt: clock.now().toISOString() },
      });
      versionAfter = updated._version;
      return value;
    });
    keyVersion = versionAfter;
    next++;
    committed++;
    enterIdSegment(`after-${index}`);
    return result;
  }

  return {
    collection<T>(def: CollectionDef<T>): Collection<T> {
      const c = inner.collection(def);
      return {
        get: (id) => c.get(id),
        find: (filter, options) => c.find(filter, options),
        count: (filter) => c.count(filter),
        countBy: (filter, fields) => c.countBy(filter, fields),
        insert: (doc: NewDoc<T>) =>
          step((tx) => tx.insert(def, { ...doc, _id: doc._id ?? newId() })),
        update: (id, update, options) => step((tx) => tx.update(def, id, update, options)),
        remove: (id) => step((tx) => tx.remove(def, id)),
      };
    },
    transaction: step,
    ensureCollections: (defs) => inner.ensureCollections(defs),
    close: () => inner.close(),
    committedSteps: () => committed,
    keyVersion: () => keyVersion,
  };
}
