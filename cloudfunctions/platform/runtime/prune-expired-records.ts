import type { Clock } from '../ports/clock';
import type { CollectionDef, Filter, Store } from '../ports/store';
import { IDEMPOTENCY_KEEP_MS } from './idempotency';
import {
  idempotencyCollection,
  messagesCollection,
  rateLimitCollection,
  sessionsCollection,
  viewMarksCollection,
} from './platform-collections';

/** Short-lived runtime records: each carries `expiresAt` (indexed) and is removed after it. */
export const EXPIRING_COLLECTIONS: ReadonlyArray<CollectionDef<{ expiresAt?: string }>> = [
  idempotencyCollection,
  rateLimitCollection,
  viewMarksCollection,
  // A login past its absolute expiry can never be used again; its record (user, masked address)
  // has no reason to stay.
  sessionsCollection,
  // 消息 are kept a year (shared/src/messages/message-retention.ts).
  messagesCollection,
];

const BATCH = 200;

/**
 * Removes up to `BATCH` expired records per collection and reports how many went. Idempotency
 * records hold copies of answers (household views among them), so they must not outlive their
 * window. Run opportunistically by the runtime (see `createPruneSchedule`).
 */
export async function pruneExpiredRecords(store: Store, clock: Clock): Promise<number> {
  const now = clock.now().toISOString();
  let removed = 0;
  const sweep = async <T>(def: CollectionDef<T>, filter: Filter) => {
    const c = store.collection(def);
    const page = await c.find(filter, { limit: BATCH });
    for (const doc of page.items) if (await c.remove(doc._id)) removed++;
  };
  for (const def of EXPIRING_COLLECTIONS) await sweep(def, { expiresAt: { $lt: now } });
  // Records written before they carried expiresAt (past their window whatever they carry).
  const t = clock.now().getTime();
  await sweep(idempotencyCollection, {
    createdAt: { $lt: new Date(t - IDEMPOTENCY_KEEP_MS).toISOString() },
  });
  await sweep(rateLimitCollection, {
    windowStart: { $lt: new Date(t - 2 * 60_000).toISOString() },
  });
  return removed;
}

/** The chance that a mutating call of an instance that has not swept yet sweeps now. */
export const FIRST_SWEEP_CHANCE = 1 / 20;

/**
 * When to sweep: at most once per `everyMs` per function instance, on the back of a mutating call.
 * There is no separate timer to deploy: every instance that serves writes keeps the records pruned.
 * A sweep costs a request per collection and per removed record, so a fresh instance does not
 * sweep on its first call (CloudBase starts instances often, and each first call would pay it):
 * it sweeps once `everyMs` has passed since it started, or earlier on one mutating call in
 * twenty (by chance), so short-lived instances still share the sweeping between them.
 */
export function createPruneSchedule(
  clock: Clock,
  everyMs = 10 * 60_000,
  random: () => number = Math.random,
): { due(): boolean } {
  let last = clock.now().getTime();
  let swept = false;
  return {
    due() {
      const now = clock.now().getTime();
      const early = !swept && random() < FIRST_SWEEP_CHANCE;
      if (!early && now - last < everyMs) return false;
      last = now;
      swept = true;
      return true;
    },
  };
}
