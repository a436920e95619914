import { FUNCTIONS } from '../cloudfunctions/function-registry';
import { bodyLimitFor } from '../gateway/body-limits';
import { MAX_JSON_DEPTH } from '../gateway/json-depth';
import type { GatewayProcess } from '../gateway/test-support/gateway-process';
import { devLogin, postJson, startGatewayProcess } from '../gateway/test-support/gateway-process';

/**
 * Proof (issue 11 point 9): every function's route refuses JSON nested past the limit before it is
 * parsed, and the largest body a route takes, all `[`, costs the gateway a scan, not a parse — with
 * the figures. (Bodies over a route's limit are refused by size before any scan; since photos left
 * the calls every route takes 100 KB, so the hostile body is made just under each route's limit —
 * a bigger one would only test the size refusal, and the server closing early makes the client's
 * send fail with EPIPE.)
 */
let gw: GatewayProcess;
beforeAll(async () => {
  gw = await startGatewayProcess();
}, 40_000);
afterAll(async () => {
  await gw.stop();
});

const TOO_DEEP = '提交的内容层层嵌套太多，无法处理。';
const wrap = (depth: number) =>
  `{"action":"x","payload":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;

test.each(Object.keys(FUNCTIONS))('%s refuses nesting past the limit, not at it', async (fn) => {
  const token = await devLogin(gw.url, 'village_cadre');
  const over = await postJson(`${gw.url}/api/${fn}`, wrap(MAX_JSON_DEPTH + 1), token);
  expect(over.status).toBe(400);
  expect(over.body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: TOO_DEEP });
  const at = await postJson(`${gw.url}/api/${fn}`, wrap(MAX_JSON_DEPTH), token);
  expect(at.body.error?.message).not.toBe(TOO_DEEP);
});

test('a nested body as large as the route takes costs a small multiple of a normal call on every route', async () => {
  const token = await devLogin(gw.url, 'villager');
  const lines: string[] = [];
  for (const fn of Object.keys(FUNCTIONS)) {
    const half = Math.floor((bodyLimitFor(fn) - 64) / 2);
    const body = '['.repeat(half) + ']'.repeat(half);
    const t0 = performance.now();
    const r = await postJson(`${gw.url}/api/${fn}`, body, token);
    const hostileMs = performance.now() - t0;
    expect(r.status).toBe(400);
    expect(r.body.error?.code).toBe('VALIDATION_FAILED');
    const t1 = performance.now();
    await postJson(`${gw.url}/api/users`, { action: 'me' }, token);
    const normalMs = performance.now() - t1;
    lines.push(
      `${fn.padEnd(10)} limit ${(bodyLimitFor(fn) / 1024).toFixed(0).padStart(5)} KB  ` +
        `refused in ${hostileMs.toFixed(1)} ms, users.me ${normalMs.toFixed(1)} ms ` +
        `(${(hostileMs / normalMs).toFixed(1)}×)`,
    );
    expect(hostileMs).toBeLessThan(3_000);
  }
  console.log(`nested-body figures:\n${lines.join('\n')}`);
});
