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

/**
 * When to sweep: at most once per `everyMs` per function instance, on the back of a mutating call.
 * There is no separate timer to deploy: every instance that serves writes keeps the records pruned.
 */
export function createPruneSchedule(clock: Clock, everyMs = 10 * 60_000): { due(): boolean } {
  let last = Number.NEGATIVE_INFINITY;
  return {
    due() {
      const now = clock.now().getTime();
      if (now - last < everyMs) return false;
      last = now;
      return true;
    },
  };
}
