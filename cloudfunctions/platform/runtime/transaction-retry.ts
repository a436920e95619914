import { isStoreError } from '../ports/store';
import { AppError } from './app-error';

/** Thrown inside a transaction's body when a precondition read before it no longer holds. */
export class RetryTransaction extends Error {
  constructor() {
    super('state moved on; retry');
  }
}

/** What the retry loop measures time with; tests pass a fake one that never really sleeps. */
export interface RetryTimer {
  /** Milliseconds on a steady clock (not the business Clock, which a replay may freeze). */
  now(): number;
  sleep(ms: number): Promise<void>;
  /** A number in [0, 1), for the jitter. */
  random(): number;
}

export const systemRetryTimer: RetryTimer = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

/** What the caller is told when the budget runs out: many people are doing the same thing. */
export const BUSY_MESSAGE = '人多，请稍后再试。';

/** Local mode has no function timeout; it is given the same as a typical CloudBase function. */
export const DEFAULT_FUNCTION_TIMEOUT_MS = 10_000;

/**
 * How long a call may spend retrying transactions, counted from the call's start: the function's
 * configured timeout less a margin for the rest of the call (identity, reads before, the answer's
 * view, the idempotency record and the journey back) — a third of the timeout, at least 2 s.
 */
export function retryBudgetMs(functionTimeoutMs: number): number {
  const margin = Math.max(2000, Math.ceil(functionTimeoutMs / 3));
  return Math.max(0, functionTimeoutMs - margin);
}

export const BACKOFF_BASE_MS = 4;
export const BACKOFF_CAP_MS = 200;

/**
 * The wait before retry number `retry` (1 for the first): "full jitter" — uniform in
 * [0, min(cap, base · 2^(retry-1))), so racing callers spread out instead of colliding again.
 */
export function backoffDelayMs(retry: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(retry - 1, 30));
  return Math.floor(random() * ceiling);
}

export interface TransactionRetryOptions {
  /** `timer.now()` after which no new attempt starts. */
  deadline: number;
  timer?: RetryTimer;
}

export type TransactionRetry = <R>(run: () => Promise<R>) => Promise<R>;

function isRetryable(e: unknown): boolean {
  return e instanceof RetryTransaction || isStoreError(e, 'VERSION_CONFLICT');
}

/**
 * Re-runs a transaction that lost a race (a version conflict, or a precondition read outside it
 * that no longer holds) with jittered exponential backoff, until it succeeds, fails for another
 * reason, or the call's time budget would run out — then CONFLICT「人多，请稍后再试。」, well
 * before CloudBase cuts the function off. Only for races that a fresh read settles (seat counts);
 * a stale version the caller saw on screen is answered CONFLICT at once, never retried.
 */
export async function withTransactionRetry<R>(
  run: () => Promise<R>,
  options: TransactionRetryOptions,
): Promise<R> {
  const timer = options.timer ?? systemRetryTimer;
  for (let retry = 1; ; retry++) {
    try {
      return await run();
    } catch (e) {
      if (!isRetryable(e)) throw e;
      const wait = backoffDelayMs(retry, () => timer.random());
      if (timer.now() + wait >= options.deadline) throw new AppError('CONFLICT', BUSY_MESSAGE);
      await timer.sleep(wait);
    }
  }
}

/** The retry a handler gets for one call: its deadline is fixed when the call starts. */
export function transactionRetryFor(options: TransactionRetryOptions): TransactionRetry {
  return (run) => withTransactionRetry(run, options);
}
