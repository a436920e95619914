import { containsSensitiveNumber } from '../shared/src/privacy/redact-sensitive-text';
import { makeIdNumber } from '../cloudfunctions/platform/test-support/test-platform';
import type { GatewayProcess } from './test-support/gateway-process';
import { devLogin, postJson, startGatewayProcess } from './test-support/gateway-process';

let gw: GatewayProcess;
beforeAll(async () => {
  gw = await startGatewayProcess();
}, 40_000);
afterAll(async () => {
  await gw.stop();
});

test('dev-login gives a token that gets users/me over HTTP', async () => {
  const token = await devLogin(gw.url, 'villager');
  const r = await postJson(`${gw.url}/api/users`, { action: 'me' }, token);
  expect(r.status).toBe(200);
  expect(r.body).toMatchObject({ ok: true, data: { role: 'villager', orgUnitName: '祁牟村' } });
});

test('error codes map to HTTP statuses with the same JSON body', async () => {
  const token = await devLogin(gw.url, 'villager');
  expect((await postJson(`${gw.url}/api/users`, { action: 'me' })).status).toBe(401);
  expect(
    (await postJson(`${gw.url}/api/users`, { action: 'me' }, 'forged.token-value')).status,
  ).toBe(401);
  expect(
    (await postJson(`${gw.url}/api/users`, { action: 'listStaff', payload: {} }, token)).status,
  ).toBe(403);
  const bad = await postJson(
    `${gw.url}/api/users`,
    { action: 'updateProfile', payload: { name: 5 } },
    token,
  );
  expect(bad.status).toBe(400);
  expect(bad.body).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { name: '这里应填文字' } },
  });
  const unknown = await postJson(`${gw.url}/api/users`, { action: 'dropAll' }, token);
  expect(unknown.status).toBe(400);
  expect((await postJson(`${gw.url}/api/nosuchfn`, { action: 'x' }, token)).status).toBe(404);
  const cadre = await devLogin(gw.url, 'village_cadre');
  const missing = await postJson(
    `${gw.url}/api/feedback`,
    { action: 'reply', payload: { feedbackId: 'nope', reply: '收到了' } },
    cadre,
  );
  expect(missing.status).toBe(404);
});

test('malformed JSON and oversized bodies are a plain 400, never a crash', async () => {
  const token = await devLogin(gw.url, 'villager');
  expect((await postJson(`${gw.url}/api/users`, '{"action":', token)).status).toBe(400);
  const huge = await postJson(
    `${gw.url}/api/feedback`,
    { action: 'submit', payload: { category: 'other', content: 'x'.repeat(2_000_000) } },
    token,
  );
  expect(huge.status).toBe(400);
  expect((await postJson(`${gw.url}/api/users`, { action: 'me' }, token)).status).toBe(200);
});

test('dev-login validates persona and `as`, and `as` makes distinct villagers', async () => {
  expect((await postJson(`${gw.url}/api/auth/dev-login`, { persona: 'root' })).status).toBe(400);
  expect(
    (await postJson(`${gw.url}/api/auth/dev-login`, { persona: 'admin', as: 'x1' })).status,
  ).toBe(400);
  const a = await postJson(
    `${gw.url}/api/users`,
    { action: 'me' },
    await devLogin(gw.url, 'villager', 'load-1'),
  );
  const b = await postJson(
    `${gw.url}/api/users`,
    { action: 'me' },
    await devLogin(gw.url, 'villager', 'load-2'),
  );
  expect(a.body.data?.userId).not.toBe(b.body.data?.userId);
  expect(a.body.data).toMatchObject({ role: 'villager', villageId: 'village-zheqiao-qimou' });
});

test('request logs never contain ID numbers or phone numbers', async () => {
  const token = await devLogin(gw.url, 'villager_b');
  const id = makeIdNumber('622901', '19700101', '321');
  await postJson(
    `${gw.url}/api/users`,
    {
      action: 'updateProfile',
      payload: {
        name: '王桂兰',
        phone: '13712345678',
        idNumber: id,
        consentVersion: 'privacy-2026-11',
      },
    },
    token,
  );
  await postJson(`${gw.url}/api/users?phone=13712345678&id=${id}`, { action: 'me' }, token);
  await new Promise((r) => setTimeout(r, 200));
  expect(gw.output()).toContain('"fn":"users"');
  expect(containsSensitiveNumber(gw.output())).toBe(false);
});

test('the root page answers (the h5 build when present, else a hint)', async () => {
  const r = await fetch(`${gw.url}/`);
  expect(r.status).toBe(200);
  expect(await r.text()).toMatch(/掌上智慧村|<div id="app"/);
});
