import { StoreError } from '../ports/store';
import { AppError } from './app-error';
import type { RetryTimer } from './transaction-retry';
import {
  BACKOFF_CAP_MS,
  BUSY_MESSAGE,
  RetryTransaction,
  backoffDelayMs,
  retryBudgetMs,
  withTransactionRetry,
} from './transaction-retry';

/** A timer whose sleeps move its own clock: no test waits for real. */
function fakeTimer(random: () => number = () => 0.5) {
  let t = 1_000_000;
  const sleeps: number[] = [];
  const timer: RetryTimer & { sleeps: number[]; elapsed(): number } = {
    now: () => t,
    sleep: (ms) => {
      sleeps.push(ms);
      t += ms;
      return Promise.resolve();
    },
    random,
    sleeps,
    elapsed: () => t - 1_000_000,
  };
  return timer;
}

const conflict = () => new StoreError('VERSION_CONFLICT', 'lost the race');

test('the budget leaves a margin for the rest of the call, within the function timeout', () => {
  expect(retryBudgetMs(10_000)).toBe(6_666);
  expect(retryBudgetMs(60_000)).toBe(40_000);
  expect(retryBudgetMs(3_000)).toBe(1_000);
  expect(retryBudgetMs(1_000)).toBe(0);
  for (const timeout of [1_000, 3_000, 10_000, 60_000, 900_000]) {
    expect(retryBudgetMs(timeout)).toBeLessThanOrEqual(Math.max(0, timeout - 2_000));
  }
});

test('a transaction that always loses stops at the deadline and answers CONFLICT「人多，请稍后再试」', async () => {
  const timer = fakeTimer();
  let runs = 0;
  const run = () => {
    runs++;
    return Promise.reject(conflict());
  };
  const err = await withTransactionRetry(run, { deadline: timer.now() + 2_000, timer }).catch(
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect(err).toMatchObject({ code: 'CONFLICT', message: BUSY_MESSAGE });
  expect(BUSY_MESSAGE).toContain('人多，请稍后再试');
  // It kept trying while there was time, and never slept past the deadline.
  expect(runs).toBeGreaterThan(10);
  expect(timer.elapsed()).toBeLessThan(2_000);
});

test('with no budget left it does not sleep at all', async () => {
  const timer = fakeTimer();
  let runs = 0;
  await expect(
    withTransactionRetry(
      () => {
        runs++;
        return Promise.reject(new RetryTransaction());
      },
      { deadline: timer.now(), timer },
    ),
  ).rejects.toMatchObject({ code: 'CONFLICT', message: BUSY_MESSAGE });
  expect(runs).toBe(1);
  expect(timer.sleeps).toEqual([]);
});

test('a transaction that wins on the 2nd try answers its result after one short wait', async () => {
  const timer = fakeTimer();
  let runs = 0;
  const result = await withTransactionRetry(
    () => (++runs === 1 ? Promise.reject(conflict()) : Promise.resolve('seat')),
    { deadline: timer.now() + 5_000, timer },
  );
  expect(result).toBe('seat');
  expect(runs).toBe(2);
  expect(timer.sleeps).toHaveLength(1);
  expect(timer.sleeps[0]).toBeLessThan(BACKOFF_CAP_MS);
});

test('other failures pass through untouched, without a retry', async () => {
  const timer = fakeTimer();
  let runs = 0;
  const refusal = new AppError('CONFLICT', '报名已经截止了。');
  await expect(
    withTransactionRetry(
      () => {
        runs++;
        return Promise.reject(refusal);
      },
      { deadline: timer.now() + 5_000, timer },
    ),
  ).rejects.toBe(refusal);
  await expect(
    withTransactionRetry(() => Promise.reject(new StoreError('DUPLICATE', 'dup')), {
      deadline: timer.now() + 5_000,
      timer,
    }),
  ).rejects.toMatchObject({ code: 'DUPLICATE' });
  expect(runs).toBe(1);
  expect(timer.sleeps).toEqual([]);
});

test('the jittered wait stays within [0, min(cap, base·2^(n-1))) and grows with the retry number', () => {
  for (let retry = 1; retry <= 40; retry++) {
    const ceiling = Math.min(BACKOFF_CAP_MS, 4 * 2 ** (retry - 1));
    expect(backoffDelayMs(retry, () => 0)).toBe(0);
    const top = backoffDelayMs(retry, () => 0.999999);
    expect(top).toBeLessThan(ceiling);
    expect(top).toBeGreaterThanOrEqual(ceiling - 1);
    for (let i = 0; i < 50; i++) {
      const d = backoffDelayMs(retry, Math.random);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThan(ceiling);
    }
  }
  expect(backoffDelayMs(1, () => 0.999999)).toBeLessThan(backoffDelayMs(6, () => 0.999999));
});

test('the waits actually taken follow the jitter bounds', async () => {
  const timer = fakeTimer(() => 0.999999);
  let runs = 0;
  await withTransactionRetry(
    () => (++runs <= 8 ? Promise.reject(conflict()) : Promise.resolve(runs)),
    { deadline: timer.now() + 60_000, timer },
  );
  expect(timer.sleeps).toEqual([3, 7, 15, 31, 63, 127, 199, 199]);
});
