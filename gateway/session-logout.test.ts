import type { GatewayProcess } from './test-support/gateway-process';
import { devLogin, postJson, startGatewayProcess } from './test-support/gateway-process';

let gw: GatewayProcess;
beforeAll(async () => {
  gw = await startGatewayProcess();
}, 40_000);
afterAll(async () => {
  await gw.stop();
});

test('a dev-login token stops working over HTTP once its owner logs out', async () => {
  const token = await devLogin(gw.url, 'villager');
  const other = await devLogin(gw.url, 'villager');
  const me = { action: 'me', payload: {} };
  expect((await postJson(`${gw.url}/api/users`, me, token)).status).toBe(200);

  const out = await postJson(`${gw.url}/api/users`, { action: 'logout', payload: {} }, token);
  expect(out.status).toBe(200);
  expect(out.body).toEqual({ ok: true, data: { revoked: true } });

  const after = await postJson(`${gw.url}/api/users`, me, token);
  expect(after.status).toBe(401);
  expect(after.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  // Submissions too, not only reads.
  const write = await postJson(
    `${gw.url}/api/feedback`,
    {
      action: 'submit',
      payload: { category: 'suggestion', content: '退出以后还能提交吗' },
      idempotencyKey: 'gw-logout-write-1',
    },
    token,
  );
  expect(write.status).toBe(401);
  // The same person's other login is untouched.
  expect((await postJson(`${gw.url}/api/users`, me, other)).status).toBe(200);
});

test('dev-login answers with the session and the name the phone shows', async () => {
  const r = await postJson(`${gw.url}/api/auth/dev-login`, { persona: 'villager' });
  expect(r.body).toMatchObject({
    ok: true,
    data: {
      token: expect.any(String),
      sessionId: expect.stringMatching(/^[0-9a-f]{32}$/),
      expiresAt: expect.any(String),
      userId: expect.any(String),
      role: 'villager',
      name: '马文礼',
    },
  });
  const token = String(r.body.data?.token);
  const list = await postJson(
    `${gw.url}/api/users`,
    { action: 'listSessions', payload: {} },
    token,
  );
  expect(list.text).not.toContain(token.split('.')[1]);
  expect(list.body.data?.items).toContainEqual(
    expect.objectContaining({
      sessionId: r.body.data?.sessionId,
      current: true,
      clientMasked: '127.0.*.*',
    }),
  );
});
