import type { Clock } from '../ports/clock';
import type { Store } from '../ports/store';
import { isStoreError } from '../ports/store';
import { AppError } from './app-error';
import { rateLimitCollection } from './platform-collections';

/**
 * The windows this instance has already seen in the store (their counters exist), so the next
 * call in the same window increments at once instead of first trying to create the counter
 * (a failed insert is a wasted round trip on CloudBase). Only a hint: a wrong guess falls back.
 */
export interface KnownWindows {
  has(id: string): boolean;
  add(id: string): void;
}

export function createKnownWindows(max = 10_000): KnownWindows {
  const ids = new Set<string>();
  return {
    has: (id) => ids.has(id),
    add: (id) => {
      if (ids.size >= max) ids.clear();
      ids.add(id);
    },
  };
}

/**
 * Fixed one-minute window per caller, kept in the store so it holds across function instances.
 * Throws RATE_LIMITED past the limit.
 */
export async function enforceRateLimit(
  store: Store,
  clock: Clock,
  callerKey: string,
  perMinute: number,
  known?: KnownWindows,
): Promise<void> {
  const now = clock.now();
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString();
  const id = `${callerKey}:${windowStart}`;
  const limits = store.collection(rateLimitCollection);
  let count: number | null = null;
  if (known?.has(id)) {
    try {
      count = (await limits.update(id, { inc: { count: 1 } })).count;
    } catch (e) {
      // Pruned meanwhile: create it below.
      if (!isStoreError(e, 'NOT_FOUND')) throw e;
    }
  }
  if (count === null) count = await createOrIncrement();
  known?.add(id);
  if (count > perMinute) throw new AppError('RATE_LIMITED');

  async function createOrIncrement(): Promise<number> {
    try {
      await limits.insert({
        _id: id,
        count: 1,
        windowStart,
        expiresAt: new Date(Date.parse(windowStart) + 2 * 60_000).toISOString(),
      });
      return 1;
    } catch (e) {
      if (!isStoreError(e, 'DUPLICATE')) throw e;
      return (await limits.update(id, { inc: { count: 1 } })).count;
    }
  }
}
