import { decideDevLogin, isLoopbackHost } from './dev-login-gate';
import {
  postJson,
  runGatewayExpectingExit,
  startGatewayProcess,
} from './test-support/gateway-process';

test.each([
  ['127.0.0.1', true],
  ['127.3.2.1', true],
  ['localhost', true],
  ['::1', true],
  ['[::1]', true],
  ['::ffff:127.0.0.1', true],
  ['0.0.0.0', false],
  ['::', false],
  ['192.168.1.20', false],
  ['127.example.com', false],
])('%s is loopback: %s', (host, loopback) => {
  expect(isLoopbackHost(host)).toBe(loopback);
});

test.each([
  ['auto', '127.0.0.1', { enabled: true }],
  ['auto', '0.0.0.0', { enabled: false }],
  ['off', '127.0.0.1', { enabled: false }],
  ['on', '127.0.0.1', { enabled: true }],
  ['off', '0.0.0.0', { enabled: false }],
] as const)('DEV_LOGIN=%s on %s', (setting, host, decision) => {
  expect(decideDevLogin(setting, host)).toEqual(decision);
});

test('HOST=0.0.0.0 with DEV_LOGIN=on refuses to start, saying why', async () => {
  const { code, output } = await runGatewayExpectingExit({ HOST: '0.0.0.0', DEV_LOGIN: 'on' });
  expect(code).not.toBe(0);
  expect(code).not.toBeNull();
  expect(output).toMatch(/DEV_LOGIN=on is refused on HOST=0\.0\.0\.0/);
}, 40_000);

test('HOST=0.0.0.0 by default has no dev login (404); the API still answers', async () => {
  const gw = await startGatewayProcess({ env: { HOST: '0.0.0.0' } });
  try {
    const r = await postJson(`${gw.url}/api/auth/dev-login`, { persona: 'admin' });
    expect(r.status).toBe(404);
    expect(r.text).not.toContain('token');
    expect((await postJson(`${gw.url}/api/users`, { action: 'me' })).status).toBe(401);
  } finally {
    await gw.stop();
  }
}, 40_000);

test('loopback keeps dev login by default; DEV_LOGIN=off turns it off there too', async () => {
  const on = await startGatewayProcess();
  const off = await startGatewayProcess({ env: { DEV_LOGIN: 'off' } });
  try {
    const a = await postJson(`${on.url}/api/auth/dev-login`, { persona: 'villager' });
    expect(a.status).toBe(200);
    expect(a.body.data?.token).toEqual(expect.any(String));
    expect((await postJson(`${off.url}/api/auth/dev-login`, { persona: 'villager' })).status).toBe(
      404,
    );
  } finally {
    await Promise.all([on.stop(), off.stop()]);
  }
}, 60_000);
