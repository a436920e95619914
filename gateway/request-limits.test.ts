import { exceedsJsonDepth } from './json-depth';
import type { GatewayProcess } from './test-support/gateway-process';
import { devLogin, postJson, startGatewayProcess } from './test-support/gateway-process';

let gw: GatewayProcess;
beforeAll(async () => {
  gw = await startGatewayProcess({ env: { DEV_LOGIN_PER_MINUTE: '12' } });
}, 40_000);
afterAll(async () => {
  await gw.stop();
});

/** `[[[[…]]]]` of `bytes` characters: balanced, so JSON.parse alone would accept it. */
const nested = (bytes: number) => '['.repeat(bytes / 2) + ']'.repeat(bytes / 2);

test.each([
  ['{"a":[1,{"b":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}]}', false],
  ['{"a":"\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}', false],
  [`{"payload":${nested(66)}}`, true],
  [nested(64), false],
  [nested(66), true],
])('depth scan of %s → too deep: %s', (text, deep) => {
  expect(exceedsJsonDepth(text, 32)).toBe(deep);
});

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const r = await fn();
  return [r, performance.now() - start];
}

test('a 3.8 MB body of nested [ is refused quickly and plainly; a small one by its depth', async () => {
  const token = await devLogin(gw.url, 'villager');
  const body = nested(3_800_000);
  // Every call route takes 100 KB (photos go to /api/uploads): the size refuses it.
  const [big, deepMs] = await timed(() => postJson(`${gw.url}/api/exhibits`, body, token));
  expect(big.status).toBe(400);
  expect(big.body.error).toMatchObject({
    code: 'VALIDATION_FAILED',
    message: '提交的内容太大了，请减少图片或文字后再试。',
  });
  const deep = await postJson(`${gw.url}/api/users`, nested(90_000), token);
  expect(deep.body.error).toMatchObject({ message: '提交的内容层层嵌套太多，无法处理。' });
  // A small nested body is refused by depth alone.
  const small = await postJson(
    `${gw.url}/api/users`,
    `{"action":"me","payload":${nested(200)}}`,
    token,
  );
  expect(small.body.error).toMatchObject({ message: '提交的内容层层嵌套太多，无法处理。' });

  const [, normalMs] = await timed(() => postJson(`${gw.url}/api/users`, { action: 'me' }, token));
  console.log(
    `nested 3.8 MB body refused in ${deepMs.toFixed(1)} ms; users.me ${normalMs.toFixed(1)} ms` +
      ` (ratio ${(deepMs / normalMs).toFixed(1)}×)`,
  );
  expect(deepMs).toBeLessThan(3_000); // generous: the old parse blocked ~470 ms on a quiet machine
});

test('a body over 100 KB is refused by every call route, a base64 photo included', async () => {
  const token = await devLogin(gw.url, 'villager');
  const r = await postJson(
    `${gw.url}/api/feedback`,
    { action: 'submit', payload: { category: 'other', content: '字'.repeat(100_000) } },
    token,
  );
  expect(r.body.error).toMatchObject({ message: '提交的内容太大了，请减少图片或文字后再试。' });
  // 2.5 MB of base64: photos no longer travel inside calls (they go to /api/uploads).
  const photo = await postJson(
    `${gw.url}/api/exhibits`,
    { action: 'uploadImage', payload: { dataBase64: 'A'.repeat(2_500_000) } },
    token,
  );
  expect(photo.status).toBe(400);
  expect(photo.body.error).toMatchObject({ message: '提交的内容太大了，请减少图片或文字后再试。' });
});

test('while hostile bodies arrive, a villager’s calls stay fast', async () => {
  const token = await devLogin(gw.url, 'villager_b');
  // Just under every call route's 100 KB: read whole, then refused by the depth scan (a bigger
  // body is cut off at the limit and costs the gateway nothing).
  const body = nested(100_000);
  let flooding = true;
  const flood = (async () => {
    while (flooding) await postJson(`${gw.url}/api/exhibits`, body, token);
  })();
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const [r, ms] = await timed(() => postJson(`${gw.url}/api/users`, { action: 'me' }, token));
    expect(r.status).toBe(200);
    times.push(ms);
  }
  flooding = false;
  await flood;
  times.sort((a, b) => a - b);
  const p95 = times[Math.floor(times.length * 0.95)] ?? Infinity;
  console.log(`villager users.me p95 under a nested-body flood: ${p95.toFixed(1)} ms`);
  expect(p95).toBeLessThan(1_000);
});

test('dev-login is rate-limited per client address', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 14; i++) {
    statuses.push(
      (await postJson(`${gw.url}/api/auth/dev-login`, { persona: 'villager', as: `rl${i}` }))
        .status,
    );
  }
  expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
  const refused = await postJson(`${gw.url}/api/auth/dev-login`, { persona: 'villager' });
  expect(refused.status).toBe(429);
  expect(refused.body.error).toMatchObject({ code: 'RATE_LIMITED' });
});
