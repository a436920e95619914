import { SESSION_IDLE_MS } from '../../shared/src/users/session-rules';
import { createFunctionEntry } from '../platform/runtime/run-action';
import { auditCollection, sessionsCollection } from '../platform/runtime/platform-collections';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { usersFunction } from './users-function';

let t: TestPlatform;
let entry: ReturnType<typeof createFunctionEntry>;
beforeEach(async () => {
  t = await createTestPlatform();
  entry = createFunctionEntry(usersFunction, t.platform.deps);
});
afterEach(() => t.cleanup());

/** Calls `users.<action>` with one fixed token, as a phone keeps its login between calls. */
const as =
  (token: string) =>
  (action: string, payload: unknown = {}) =>
    entry({ action, payload }, { authorization: `Bearer ${token}` });

const HOUR = 3600 * 1000;

test('after logout the same token is UNAUTHENTICATED, and the logout is audited', async () => {
  const token = await t.tokenFor('villager');
  const phone = as(token);
  expect(await phone('me')).toMatchObject({ ok: true });
  expect(await phone('logout')).toEqual({ ok: true, data: { revoked: true } });
  expect(await phone('me')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  const sessions = await t.store.collection(sessionsCollection).find({});
  expect(sessions.items).toHaveLength(1);
  expect(sessions.items[0]?.revokedAt).toBe('2026-11-28T02:00:00.000Z');
  const audit = await t.store
    .collection(auditCollection)
    .find({ entity: 'session', entityId: sessions.items[0]?._id ?? '' });
  expect(audit.items).toEqual([
    expect.objectContaining({ action: 'logout', from: 'active', to: 'revoked' }),
  ]);
});

test('logging out on one phone leaves the same person logged in on another', async () => {
  const first = as(await t.tokenFor('villager'));
  const second = as(await t.tokenFor('villager'));
  await first('logout');
  expect(await first('me')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  expect(await second('me')).toMatchObject({ ok: true, data: { name: '马文礼' } });
});

test('listSessions shows my working logins without tokens; revokeSession ends one', async () => {
  const tokenA = await t.tokenFor('villager');
  const tokenB = await t.tokenFor('villager');
  const other = await t.tokenFor('villager_b');
  const phoneA = as(tokenA);
  const list = await phoneA('listSessions');
  if (!list.ok) throw new Error('listSessions failed');
  const { items } = list.data as { items: Array<{ sessionId: string; current: boolean }> };
  expect(items).toHaveLength(2);
  expect(items.filter((s) => s.current)).toHaveLength(1);
  expect(JSON.stringify(items)).not.toContain(tokenA.split('.')[1]);
  expect(JSON.stringify(items)).not.toContain(tokenB.split('.')[1]);
  expect(items[0]).toEqual({
    sessionId: expect.any(String),
    createdAt: '2026-11-28T02:00:00.000Z',
    lastSeenAt: '2026-11-28T02:00:00.000Z',
    expiresAt: '2026-12-01T02:00:00.000Z',
    clientMasked: null,
    current: expect.any(Boolean),
  });
  const otherSession = items.find((s) => !s.current)?.sessionId ?? '';
  expect(await phoneA('revokeSession', { sessionId: otherSession })).toEqual({
    ok: true,
    data: { revoked: true },
  });
  expect(await as(tokenB)('me')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  expect(await phoneA('me')).toMatchObject({ ok: true });

  // Someone else's login cannot be ended (nor confirmed to exist).
  const mine = (await phoneA('listSessions')) as { data: { items: Array<{ sessionId: string }> } };
  const mySession = mine.data.items[0]?.sessionId ?? '';
  expect(await as(other)('revokeSession', { sessionId: mySession })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(await phoneA('me')).toMatchObject({ ok: true });
  const reads = await t.store
    .collection(auditCollection)
    .find({ action: 'listSessions' }, { limit: 10 });
  expect(reads.items).toHaveLength(2);
});

test('a login ends after 24 hours unused and after 3 days in any case', async () => {
  const idle = as(await t.tokenFor('villager'));
  const busy = as(await t.tokenFor('villager'));
  t.clock.advance(SESSION_IDLE_MS - HOUR);
  expect(await busy('me')).toMatchObject({ ok: true });
  t.clock.advance(HOUR);
  expect(await idle('me')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  expect(await busy('me')).toMatchObject({ ok: true });
  // Used every 12 hours, it still ends 72 hours after the login.
  for (const step of [12 * HOUR, 12 * HOUR, 12 * HOUR, 12 * HOUR - 1]) {
    t.clock.advance(step);
    expect(await busy('me')).toMatchObject({ ok: true });
  }
  t.clock.advance(1);
  expect(await busy('me')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
});

test('a token from before sessions (no session id) is refused', async () => {
  const { createHmac } = await import('node:crypto');
  const body = Buffer.from(JSON.stringify({ openid: 'dev:villager', exp: 4e9 })).toString(
    'base64url',
  );
  const mac = createHmac('sha256', t.platform.tokenSecret).update(body).digest('base64url');
  expect(await as(`${body}.${mac}`)('me')).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
});

test('a bad sessionId is VALIDATION_FAILED in Chinese', async () => {
  expect(
    await as(await t.tokenFor('villager'))('revokeSession', { sessionId: '../x' }),
  ).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { sessionId: '登录记录编号不对' } },
  });
});

test('on CloudBase (WeChat identity, no token) logout revokes nothing, is audited, and the caller stays known', async () => {
  const { createCloudbaseIdentity } =
    await import('../platform/adapters/cloudbase/cloudbase-identity');
  const wechat = createFunctionEntry(usersFunction, {
    ...t.platform.deps,
    identity: createCloudbaseIdentity(),
  });
  const context = { environment: JSON.stringify({ WX_OPENID: 'oWxSharedPhone01' }) };
  const me = await wechat({ action: 'me', payload: {} }, context);
  expect(me).toMatchObject({ ok: true, data: { role: 'villager' } });
  expect(await wechat({ action: 'logout', payload: {} }, context)).toEqual({
    ok: true,
    data: { revoked: false },
  });
  expect(await wechat({ action: 'listSessions', payload: {} }, context)).toEqual({
    ok: true,
    data: { items: [] },
  });
  const userId = (me as { data: { userId: string } }).data.userId;
  const audit = await t.store.collection(auditCollection).find({ actorId: userId });
  expect(audit.items.map((a) => a.action).sort()).toEqual(['listSessions', 'logout']);
});

test('logout on all devices ends every login of mine and no one else’s', async () => {
  const here = as(await t.tokenFor('villager'));
  const there = as(await t.tokenFor('villager'));
  const someoneElse = as(await t.tokenFor('villager_b'));
  expect(await here('logout', { scope: 'all_devices' })).toEqual({
    ok: true,
    data: { revoked: true },
  });
  for (const phone of [here, there])
    expect(await phone('me')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  expect(await someoneElse('me')).toMatchObject({ ok: true });
});
