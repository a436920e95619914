import { z } from 'zod';
import { action, defineFunction } from '../../../shared/src/contract/define-function';
import { exhibitsFunction } from '../../exhibits/exhibits-function';
import { feedbackFunction } from '../../feedback/feedback-function';
import { defineCollection } from '../ports/store';
import { createTestPlatform } from '../test-support/test-platform';
import type { TestPlatform } from '../test-support/test-platform';
import { defineHandlers } from './handler-context';
import { idempotencyCollection } from './platform-collections';
import { requireUser } from './require-user';
import { createFunctionEntry } from './run-action';

const notes = defineCollection<{ userId: string; text: string }>('test_notes');
const own = { villager: 'own', village_cadre: 'own' } as const;

/** A tiny function used only to probe the runtime's behaviour on failures. */
const probeContract = defineFunction('probe', {
  writeThenCrash: action({
    summary: 'test',
    input: z.object({ text: z.string() }).strict(),
    output: z.object({ ok: z.boolean() }),
    access: own,
    mutating: true,
  }),
  leakySecret: action({
    summary: 'test',
    input: z.object({}).strict(),
    output: z.object({ ok: z.boolean() }),
    access: own,
    mutating: false,
  }),
  badOutput: action({
    summary: 'test',
    input: z.object({}).strict(),
    output: z.object({ count: z.number() }),
    access: own,
    mutating: false,
  }),
  whoAmI: action({
    summary: 'test',
    input: z.object({ userId: z.string().optional(), openid: z.string().optional() }).strict(),
    output: z.object({ userId: z.string() }),
    access: own,
    mutating: false,
  }),
});
const probe = defineHandlers(probeContract, {
  writeThenCrash: async (input, ctx) => {
    const caller = requireUser(ctx);
    await ctx.store.transaction(async (tx) => {
      await tx.insert(notes, { _id: 'n1', userId: caller.userId, text: input.text });
      await ctx.audit.record({ entity: 'note', entityId: 'n1' }, tx);
      throw new Error('disk on fire after the first write');
    });
    return { ok: true };
  },
  leakySecret: () => Promise.reject(new Error('password=hunter2 at /srv/secret')),
  badOutput: () => Promise.resolve({ count: 'many' as unknown as number }),
  whoAmI: (_input, ctx) => Promise.resolve({ userId: requireUser(ctx).userId }),
});

let t: TestPlatform;
beforeEach(async () => {
  t = await createTestPlatform({ mutationsPerMinute: 30 });
});
afterEach(() => t.cleanup());

test('a crash mid-handler leaves no partial write and answers INTERNAL with a request id', async () => {
  const call = t.client(probe);
  await call('villager', 'whoAmI', {});
  const before = t.digest();
  const r = await call('villager', 'writeThenCrash', { text: 'x' }, 'key-crash-0001');
  expect(r).toMatchObject({
    ok: false,
    error: { code: 'INTERNAL', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) },
  });
  expect(t.digest()).toBe(before);
  // The key was released: a retry runs the handler again instead of replaying the failure.
  const again = await call('villager', 'writeThenCrash', { text: 'x' }, 'key-crash-0001');
  expect(again.ok || again.error.requestId).not.toBe(r.ok || r.error.requestId);
});

test('unexpected errors never leak their message to the caller but are logged', async () => {
  const r = await t.client(probe)('villager', 'leakySecret', {});
  expect(JSON.stringify(r)).not.toContain('hunter2');
  expect(r).toMatchObject({
    ok: false,
    error: { code: 'INTERNAL', message: '系统出了点问题，请稍后再试。' },
  });
  expect(t.logger.lines.some((l) => l.includes('unexpected error'))).toBe(true);
});

test('an output that breaks its schema is INTERNAL, not sent', async () => {
  expect(await t.client(probe)('villager', 'badOutput', {})).toMatchObject({
    ok: false,
    error: { code: 'INTERNAL' },
  });
});

test('userId/openid in a payload never change who the caller is', async () => {
  const call = t.client(probe);
  const me = await call('villager', 'whoAmI', {});
  const cadre = await call('village_cadre', 'whoAmI', {});
  const spoof = await call('villager', 'whoAmI', {
    userId: cadre.ok ? String(cadre.data.userId) : '',
    openid: 'dev:village_cadre',
  });
  expect(spoof).toEqual(me);
});

test('a role outside the access table is FORBIDDEN; unknown actions are VALIDATION_FAILED', async () => {
  const call = t.client(probe);
  expect(await call('admin', 'whoAmI', {})).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await call('villager', 'dropDatabase', {})).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { action: '没有这项操作' } },
  });
  expect(await call('villager', '__proto__', {})).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED' },
  });
  expect(await call('villager', 'constructor', {})).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED' },
  });
});

describe('idempotency', () => {
  const body = { category: 'help', content: '村口路灯坏了三天了，晚上看不清路。' };

  test('10 replays with one key create one record and return the same result', async () => {
    const call = t.client(feedbackFunction);
    const results = [];
    for (let i = 0; i < 10; i++)
      results.push(await call('villager', 'submit', body, 'fb-key-000001'));
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    const mine = await call('villager', 'mine', {});
    expect(mine.ok && (mine.data.items as unknown[]).length).toBe(1);
  });

  test('concurrent replays (a double tap) still create one record', async () => {
    const call = t.client(feedbackFunction);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => call('villager', 'submit', body, 'fb-key-000002')),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const mine = await call('villager', 'mine', {});
    expect(mine.ok && (mine.data.items as unknown[]).length).toBe(1);
  });

  test('the same key with another body is CONFLICT; other callers have their own keys', async () => {
    const call = t.client(feedbackFunction);
    expect((await call('villager', 'submit', body, 'fb-key-000003')).ok).toBe(true);
    expect(
      await call('villager', 'submit', { ...body, content: '换了内容的反馈意见' }, 'fb-key-000003'),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect((await call('villager_b', 'submit', body, 'fb-key-000003')).ok).toBe(true);
  });
});

test('mutations past the per-minute limit are RATE_LIMITED, and the next minute is open again', async () => {
  const call = t.client(feedbackFunction);
  const body = { category: 'other', content: '测试频率限制的内容' };
  for (let i = 0; i < 30; i++) expect((await call('villager', 'submit', body)).ok).toBe(true);
  expect(await call('villager', 'submit', body)).toMatchObject({
    ok: false,
    error: { code: 'RATE_LIMITED' },
  });
  expect((await call('villager', 'mine', {})).ok).toBe(true);
  t.clock.advance(60_000);
  expect((await call('villager', 'submit', body)).ok).toBe(true);
});

test('reads past the per-minute limit are RATE_LIMITED per caller, write nothing, and leave others alone', async () => {
  // mutationsPerMinute 30 → 300 reads per caller per minute.
  const entry = createFunctionEntry(exhibitsFunction, t.platform.deps);
  const list = (clientAddress: string) =>
    entry({ action: 'list', payload: { limit: 1 } }, { clientAddress });
  const rows = () =>
    (t.store.reader.prepare('SELECT COUNT(*) AS n FROM c_rate_limits').get() as { n: number }).n;
  await t.tokenFor('villager'); // the persona's user record exists before the snapshot
  expect((await list('192.0.2.1')).ok).toBe(true); // and the tables a read opens
  const before = { digest: t.digest(), rateRows: rows() };
  for (let i = 0; i < 300; i++) expect((await list('203.0.113.7')).ok).toBe(true);
  expect(await list('203.0.113.7')).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
  expect((await list('198.51.100.23')).ok).toBe(true);
  expect((await t.client(exhibitsFunction)('villager', 'list', { limit: 1 })).ok).toBe(true);
  expect({ digest: t.digest(), rateRows: rows() }).toEqual(before);
  t.clock.advance(60_000);
  expect((await list('203.0.113.7')).ok).toBe(true);
});

test('idempotency and rate-limit records are pruned once their window has passed', async () => {
  const call = t.client(feedbackFunction);
  const body = { category: 'other', content: '测试过期记录清理' };
  const first = await call('villager', 'submit', body, 'prune-key-0001');
  expect(first.ok).toBe(true);
  const count = (table: string) =>
    (t.store.reader.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  expect(count('c_idempotency_keys')).toBe(1);
  expect(count('c_rate_limits')).toBeGreaterThan(0);
  // A key stored before records carried expiresAt goes too.
  await t.store.collection(idempotencyCollection).insert({
    _id: 'legacy-key',
    state: 'done',
    bodyHash: 'x',
    result: { ok: true, data: {} },
    createdAt: t.clock.now().toISOString(),
  });
  t.clock.advance(6 * 86_400_000);
  expect(await call('villager', 'submit', body, 'prune-key-0001')).toEqual(first);
  t.clock.advance(2 * 86_400_000);
  expect((await call('villager_b', 'submit', body)).ok).toBe(true);
  expect(count('c_idempotency_keys')).toBe(0);
  expect(count('c_rate_limits')).toBe(1); // only this minute's window is left
});

test('logins past their absolute expiry are pruned; live ones stay', async () => {
  const call = t.client(feedbackFunction);
  const count = () =>
    (t.store.reader.prepare('SELECT COUNT(*) AS n FROM c_sessions').get() as { n: number }).n;
  expect(
    (await call('villager', 'submit', { category: 'other', content: '登录过期记录清理' })).ok,
  ).toBe(true);
  expect(count()).toBeGreaterThan(0);
  t.clock.advance(4 * 86_400_000); // past the 3-day limit of every login made so far
  const r = await call('villager_b', 'submit', { category: 'other', content: '新的一次登录提交' });
  expect(r.ok).toBe(true);
  expect(count()).toBe(1); // the login this last call was made with
});
