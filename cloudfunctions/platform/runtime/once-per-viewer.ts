import type { Clock } from '../ports/clock';
import type { Store, Transaction } from '../ports/store';
import { viewMarksCollection } from './platform-collections';
import { sha256 } from './stable-hash';

const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** The calendar day (China time, where the app is used) of an instant: `2026-11-28`. */
export function chinaDayOf(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Runs `count` (inside a transaction) only the first time `viewerKey` looks at `subject` on a
 * given day; later looks that day change nothing. The mark holds no address or user id in the
 * clear — its id is a hash — and expires after the day (pruned by prune-expired-records.ts).
 * Returns whether this look counted.
 */
export async function oncePerViewerPerDay(
  store: Store,
  clock: Clock,
  subject: string,
  viewerKey: string,
  count: (tx: Transaction) => Promise<void>,
): Promise<boolean> {
  const now = clock.now();
  const day = chinaDayOf(now);
  const id = sha256(`${subject}|${viewerKey}|${day}`);
  // Most looks are repeats: answer them with a read, not a write.
  if (await store.collection(viewMarksCollection).get(id)) return false;
  return store.transaction(async (tx) => {
    if (await tx.get(viewMarksCollection, id)) return false;
    const dayEnds = Date.parse(`${day}T00:00:00.000Z`) - CHINA_OFFSET_MS + DAY_MS;
    await tx.insert(viewMarksCollection, {
      _id: id,
      expiresAt: new Date(dayEnds + DAY_MS).toISOString(),
    });
    await count(tx);
    return true;
  });
}
