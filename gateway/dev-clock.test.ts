import type { GatewayProcess } from './test-support/gateway-process';
import { devLogin, postJson, startGatewayProcess } from './test-support/gateway-process';

const DAY = 24 * 3600 * 1000;
let gw: GatewayProcess;
beforeAll(async () => {
  gw = await startGatewayProcess();
}, 40_000);
afterAll(async () => {
  await gw.stop();
});

test('moving the local clock moves what every function sees: a login goes idle after a day, and 0 resets', async () => {
  const token = await devLogin(gw.url, 'villager');
  const me = { action: 'me', payload: {} };
  expect((await postJson(`${gw.url}/api/users`, me, token)).status).toBe(200);

  const before = Date.now();
  const moved = await postJson(`${gw.url}/api/dev/clock`, { offsetDays: 2 });
  expect(moved.status).toBe(200);
  const now = Date.parse(String(moved.body.data?.now));
  expect(now - before).toBeGreaterThanOrEqual(2 * DAY - 1000);
  expect(now - before).toBeLessThan(2 * DAY + 60_000);
  expect(moved.body.data?.offsetDays).toBe(2);
  // Two days without use: the session is idle (24 h) for the identity port, so the call is refused.
  const idle = await postJson(`${gw.url}/api/users`, me, token);
  expect(idle.status).toBe(401);
  expect(idle.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

  // The offset is absolute: 0 is the real time again, and the same login works.
  const back = await postJson(`${gw.url}/api/dev/clock`, { offsetDays: 0 });
  expect(Math.abs(Date.parse(String(back.body.data?.now)) - Date.now())).toBeLessThan(60_000);
  expect((await postJson(`${gw.url}/api/users`, me, token)).status).toBe(200);

  // Back in time too: a login opened now is stamped with the moved time (3 days from 10 days ago).
  await postJson(`${gw.url}/api/dev/clock`, { offsetDays: -10 });
  const r = await postJson(`${gw.url}/api/auth/dev-login`, { persona: 'villager' });
  const expiresAt = Date.parse(String(r.body.data?.expiresAt));
  expect(expiresAt - Date.now()).toBeLessThan(-6 * DAY);
  await postJson(`${gw.url}/api/dev/clock`, { offsetDays: 0 });
});

test.each<[string, unknown]>([
  ['not a whole number', { offsetDays: 1.5 }],
  ['too far', { offsetDays: 401 }],
  ['too far back', { offsetDays: -401 }],
  ['a string', { offsetDays: '3' }],
  ['missing', {}],
  ['an unknown field', { offsetDays: 1, hours: 2 }],
])('an offset that is %s is refused with VALIDATION_FAILED', async (_n, body) => {
  const r = await postJson(`${gw.url}/api/dev/clock`, body);
  expect(r.status).toBe(400);
  expect(r.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
});

describe('with dev-login off', () => {
  let off: GatewayProcess;
  beforeAll(async () => {
    off = await startGatewayProcess({ env: { DEV_LOGIN: 'off' } });
  }, 40_000);
  afterAll(async () => {
    await off.stop();
  });

  test('there is no clock to move: 404', async () => {
    const r = await postJson(`${off.url}/api/dev/clock`, { offsetDays: 3 });
    expect(r.status).toBe(404);
    expect((await postJson(`${off.url}/api/auth/dev-login`, { persona: 'villager' })).status).toBe(
      404,
    );
  });
});
