import type { Clock } from '../ports/clock';
import type { Store } from '../ports/store';
import { isStoreError } from '../ports/store';
import { AppError } from './app-error';
import { rateLimitCollection } from './platform-collections';

/**
 * Fixed one-minute window per caller, kept in the store so it holds across function instances.
 * Throws RATE_LIMITED past the limit.
 */
export async function enforceRateLimit(
  store: Store,
  clock: Clock,
  callerKey: string,
  perMinute: number,
): Promise<void> {
  const now = clock.now();
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString();
  const id = `${callerKey}:${windowStart}`;
  const limits = store.collection(rateLimitCollection);
  let count: number;
  try {
    await limits.insert({
      _id: id,
      count: 1,
      windowStart,
      expiresAt: new Date(Date.parse(windowStart) + 2 * 60_000).toISOString(),
    });
    count = 1;
  } catch (e) {
    if (!isStoreError(e, 'DUPLICATE')) throw e;
    count = (await limits.update(id, { inc: { count: 1 } })).count;
  }
  if (count > perMinute) throw new AppError('RATE_LIMITED');
}
