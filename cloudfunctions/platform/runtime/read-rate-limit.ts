import type { Clock } from '../ports/clock';

/**
 * Reads are limited per caller in memory, per function instance: a fixed one-minute window, so a
 * read never becomes a store write. The bound is therefore per instance (CloudBase may run a few),
 * which is enough to keep one client from crowding out everyone else on it.
 */
export interface ReadLimiter {
  /** Counts one read by `callerKey`; false once it is past the limit in this minute. */
  take(callerKey: string): boolean;
}

/** Windows kept at most; past this the oldest minute is dropped whole (it is over anyway). */
const MAX_TRACKED = 50_000;

export function createReadLimiter(clock: Clock, perMinute: number): ReadLimiter {
  let window = -1;
  let counts = new Map<string, number>();
  return {
    take(callerKey) {
      const minute = Math.floor(clock.now().getTime() / 60_000);
      if (minute !== window || counts.size >= MAX_TRACKED) {
        window = minute;
        counts = new Map();
      }
      const n = (counts.get(callerKey) ?? 0) + 1;
      counts.set(callerKey, n);
      return n <= perMinute;
    },
  };
}
