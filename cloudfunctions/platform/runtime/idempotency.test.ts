import type { CallResult } from '../../../shared/src/envelope/call-envelope';
import { defineCollection } from '../ports/store';
import { createTestPlatform } from '../test-support/test-platform';
import type { TestPlatform } from '../test-support/test-platform';
import type { KeyedCall } from './idempotency';
import { withIdempotency } from './idempotency';
import { newId } from './new-id';
import { idempotencyCollection } from './platform-collections';

const orders = defineCollection<{ step: number; at: string }>('test_orders');

let t: TestPlatform;
beforeEach(async () => {
  t = await createTestPlatform();
});
afterEach(() => t.cleanup());

const scope = (key: string) => ({
  fn: 'probe',
  action: 'twoSteps',
  callerKey: 'u1',
  key,
  payload: { n: 1 },
  leaseMs: 1_000,
});

/** A handler with two write steps, ids made before each, "now" read at the start. */
function twoSteps(crashAfterFirst: { value: boolean }, ran: string[]) {
  return async (call: KeyedCall): Promise<CallResult<unknown>> => {
    const at = call.clock.now().toISOString();
    const first = newId();
    await call.store.transaction(async (tx) => {
      ran.push('step 1');
      await tx.insert(orders, { _id: first, step: 1, at });
    });
    if (crashAfterFirst.value) throw new Error('the instance died here');
    const second = await call.store.transaction(async (tx) => {
      ran.push('step 2');
      return (await tx.insert(orders, { _id: newId(), step: 2, at }))._id;
    });
    return { ok: true, data: { first, second, at } };
  };
}

test('a call that died after its first write step resumes: the step is not run again, the rest is', async () => {
  const crash = { value: true };
  const ran: string[] = [];
  await expect(
    withIdempotency(t.store, t.clock, scope('k1'), twoSteps(crash, ran)),
  ).rejects.toThrow('the instance died here');
  const firstRun = (await t.store.collection(orders).find({})).items;
  expect(firstRun.map((o) => o.step)).toEqual([1]);

  crash.value = false;
  t.clock.advance(60_000);
  const result = await withIdempotency(t.store, t.clock, scope('k1'), twoSteps(crash, ran));
  expect(ran).toEqual(['step 1', 'step 2']);
  const stored = (await t.store.collection(orders).find({}, { sort: [['step', 'asc']] })).items;
  expect(stored.map((o) => o.step)).toEqual([1, 2]);
  // The answer names the records as stored, with the call's first instant.
  expect(result).toEqual({
    ok: true,
    data: { first: stored[0]?._id, second: stored[1]?._id, at: '2026-11-28T02:00:00.000Z' },
  });
  expect(stored.every((o) => o.at === '2026-11-28T02:00:00.000Z')).toBe(true);
  // Done: later replays answer from the record without running anything.
  expect(await withIdempotency(t.store, t.clock, scope('k1'), twoSteps(crash, ran))).toEqual(
    result,
  );
  expect(ran).toHaveLength(2);
  const key = (await t.store.collection(idempotencyCollection).find({})).items[0];
  expect(key).toMatchObject({ state: 'done', journal: [] });
});

test('a write step of a run that lost its claim does not commit', async () => {
  const ran: string[] = [];
  let resolveHold: () => void = () => undefined;
  const hold = new Promise<void>((r) => (resolveHold = r));
  const twoWrites = (who: string, stall: boolean) => async (call: KeyedCall) => {
    await call.store.transaction(async (tx) => {
      ran.push(`${who} a`);
      await tx.insert(orders, { _id: `${who}-a`, step: 1, at: '' });
    });
    if (stall) await hold; // stalls past its lease between its writes
    await call.store.transaction(async (tx) => {
      ran.push(`${who} b`);
      await tx.insert(orders, { _id: `${who}-b`, step: 2, at: '' });
    });
    return { ok: true as const, data: { winner: who } };
  };
  const slow = withIdempotency(t.store, t.clock, scope('k2'), twoWrites('slow', true));
  await new Promise((r) => setTimeout(r, 20));
  t.clock.advance(5_000);
  const fast = await withIdempotency(t.store, t.clock, scope('k2'), twoWrites('fast', false));
  resolveHold();
  await expect(slow).rejects.toMatchObject({ code: 'CONFLICT' });
  expect(fast).toEqual({ ok: true, data: { winner: 'fast' } });
  const ids = (await t.store.collection(orders).find({}, { sort: [['step', 'asc']] })).items;
  expect(ids.map((o) => o._id)).toEqual(['slow-a', 'fast-b']);
  // The taken-over run replays the first step; the claim is checked before the step's own writes.
  expect(ran).toEqual(['slow a', 'fast b']);
});

test('a duplicate that overtakes a first run still before its first write: one effect, one answer', async () => {
  const ran: string[] = [];
  let resolveHold: () => void = () => undefined;
  const hold = new Promise<void>((r) => (resolveHold = r));
  const writeOnce = (who: string, stall: boolean) => async (call: KeyedCall) => {
    if (stall) await hold;
    await call.store.transaction(async (tx) => {
      ran.push(who);
      await tx.insert(orders, { _id: who, step: 1, at: '' });
    });
    return { ok: true as const, data: { winner: who } };
  };
  const slow = withIdempotency(t.store, t.clock, scope('k4'), writeOnce('slow', true));
  await new Promise((r) => setTimeout(r, 20));
  const fast = await withIdempotency(t.store, t.clock, scope('k4'), writeOnce('fast', false));
  resolveHold();
  // The late run's step finds the key inside its transaction and rolls back: it answers the first.
  expect(await slow).toEqual({ ok: true, data: { winner: 'fast' } });
  expect(fast).toEqual({ ok: true, data: { winner: 'fast' } });
  expect((await t.store.collection(orders).find({})).items.map((o) => o._id)).toEqual(['fast']);
  // With another body the same key is CONFLICT, and nothing runs.
  await expect(
    withIdempotency(t.store, t.clock, { ...scope('k4'), payload: { n: 2 } }, writeOnce('x', false)),
  ).rejects.toMatchObject({ code: 'CONFLICT' });
  expect(ran).toEqual(['fast']);
});

test('a replay waits for a first run in progress no longer than its time budget, re-reading with backoff', async () => {
  let resolveHold: () => void = () => undefined;
  const hold = new Promise<void>((r) => (resolveHold = r));
  const first = withIdempotency(t.store, t.clock, scope('k3'), async (call) => {
    await call.store.transaction(async (tx) => {
      await tx.insert(orders, { _id: 'first', step: 1, at: '' });
    });
    await hold;
    return { ok: true, data: { first: true } };
  });
  await new Promise((r) => setTimeout(r, 20));
  const keys = t.store.collection(idempotencyCollection);
  const reads = jest.spyOn(keys, 'get');
  const collection = jest.spyOn(t.store, 'collection').mockReturnValue(keys);
  const started = Date.now();
  await expect(
    withIdempotency(t.store, t.clock, { ...scope('k3'), pendingWaitMs: 600 }, () =>
      Promise.resolve({ ok: true as const, data: { second: true } }),
    ),
  ).rejects.toMatchObject({ code: 'CONFLICT', message: '上一次提交还在处理中，请稍后刷新查看。' });
  const waited = Date.now() - started;
  expect(waited).toBeGreaterThanOrEqual(550);
  expect(waited).toBeLessThan(2_000);
  // 50, 100, 200, 250 (what was left): five reads, not the twelve a fixed 50 ms poll makes.
  expect(reads.mock.calls.length).toBeLessThanOrEqual(6);
  collection.mockRestore();
  resolveHold();
  expect(await first).toEqual({ ok: true, data: { first: true } });
});
