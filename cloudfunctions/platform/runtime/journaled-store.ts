import type { Clock } from '../ports/clock';
import type { Collection, CollectionDef, NewDoc, Store, Transaction } from '../ports/store';
import { isStoreError } from '../ports/store';
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
  /**
   * A fresh run (no claim beforehand) found the key already recorded by another run at its first
   * write step: that step rolled back, and the call must be answered from the key (slow path).
   */
  keyTaken(): boolean;
}

/** Thrown out of a fresh run's first write step when the key is already there; rolls it back. */
export class KeyTaken extends Error {
  constructor() {
    super('idempotency key already recorded by another run');
  }
}

/** The key record a fresh run creates inside its first write step (claim and step together). */
export type FreshKey = Omit<IdempotencyDoc, 'journal' | 'leaseAt'>;

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
  call: { keyId: string; claim: string; recorded: readonly JournalEntry[]; fresh?: FreshKey },
): JournaledStore {
  let next = 0;
  let committed = 0;
  let keyVersion: number | null = null;
  let taken = false;
  const refuseTaken = (): never => {
    taken = true;
    throw new KeyTaken();
  };

  /**
   * The first step of a fresh run: the key must not exist yet (a replay or a concurrent duplicate
   * finds it here and rolls back before any effect); it is created with this step's journal entry,
   * so the claim costs no round trip of its own. Two racing runs both create the same `_id`: one
   * commits, the other fails DUPLICATE (or conflicts, and its retry finds the key).
   */
  async function firstFreshStep<R>(
    tx: Transaction,
    fresh: FreshKey,
    fn: (tx: Transaction) => Promise<R>,
  ): Promise<{ value: R; version: number }> {
    if (await tx.get<IdempotencyDoc>(idempotencyCollection, call.keyId)) refuseTaken();
    const value = await fn(tx);
    try {
      const created = await tx.insert(idempotencyCollection, {
        ...fresh,
        _id: call.keyId,
        journal: [encode(value)],
        leaseAt: clock.now().toISOString(),
      });
      return { value, version: created._version };
    } catch (e) {
      if (isStoreError(e, 'DUPLICATE')) refuseTaken();
      throw e;
    }
  }

  async function step<R>(fn: (tx: Transaction) => Promise<R>): Promise<R> {
    // A step that fails (a lost race the handler retries) takes no journal place.
    const index = next;
    const recorded = call.recorded[index];
    if (recorded) {
      next++;
      enterIdSegment(`after-${index}`);
      return (Object.hasOwn(recorded, 'value') ? recorded.value : undefined) as R;
    }
    if (taken) refuseTaken();
    let versionAfter: number | null = null;
    const fresh = committed === 0 && index === 0 ? call.fresh : undefined;
    const result = await inner.transaction(async (tx) => {
      enterIdSegment(`step-${index}`);
      if (fresh) {
        const first = await firstFreshStep(tx, fresh, fn);
        versionAfter = first.version;
        return first.value;
      }
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
    keyTaken: () => taken,
  };
}
