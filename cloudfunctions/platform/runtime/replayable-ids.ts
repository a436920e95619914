import { AsyncLocalStorage } from 'node:async_hooks';
import { createHmac } from 'node:crypto';

/**
 * During a keyed mutating call, ids come from the call's secret seed and their position in the
 * call instead of from chance, so a call resumed after a crash names its records as the first run
 * did (see idempotency.ts). The position restarts at every write step: the n-th id before step i,
 * or inside attempt k of step i, is the same in every run.
 */
interface IdSource {
  seed: string;
  segment: string;
  n: number;
}

const source = new AsyncLocalStorage<IdSource>();

export function runWithReplayableIds<R>(seed: string, fn: () => Promise<R>): Promise<R> {
  return source.run({ seed, segment: 'start', n: 0 }, fn);
}

/** Marks the start of a new segment (a write step, or what follows it). */
export function enterIdSegment(segment: string): void {
  const s = source.getStore();
  if (!s) return;
  s.segment = segment;
  s.n = 0;
}

/** The next replayable id of the current call, or null outside a keyed call. */
export function nextReplayableId(): string | null {
  const s = source.getStore();
  if (!s) return null;
  const id = createHmac('sha256', s.seed).update(`${s.segment}:${s.n}`).digest('hex').slice(0, 32);
  s.n += 1;
  return id;
}
