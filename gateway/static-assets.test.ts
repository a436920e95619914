import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressDir } from '../client/scripts/precompress-h5';
import type { GatewayProcess } from './test-support/gateway-process';
import { devLogin, startGatewayProcess } from './test-support/gateway-process';

/** A raw HTTP exchange: node's fetch would decode the body and hide what came over the wire. */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}> {
  return new Promise((ok, fail) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

const APP_JS = 'js/app.0123abcd.js';
const APP_CSS = 'css/app.37de145059d34c03cbe2.css';
let h5Dir: string;
let gw: GatewayProcess;
const file = (rel: string) => readFileSync(join(h5Dir, rel));

beforeAll(async () => {
  h5Dir = mkdtempSync(join(tmpdir(), 'psv-h5-'));
  mkdirSync(join(h5Dir, 'js'));
  mkdirSync(join(h5Dir, 'css'));
  const tiles = Array.from({ length: 40 }, (_, i) => `<a href="#/t${i}">村史家珍 ${i}</a>`).join(
    '',
  );
  writeFileSync(
    join(h5Dir, 'index.html'),
    `<!doctype html><html><head><title>掌上智慧村</title><script>document.documentElement.style.fontSize='20px'</script></head><body><div id="app">${tiles}</div><script defer src="/${APP_JS}"></script></body></html>`,
  );
  writeFileSync(join(h5Dir, APP_JS), `console.log(${JSON.stringify('掌上智慧村'.repeat(400))});\n`);
  writeFileSync(join(h5Dir, APP_CSS), '.psv-grid__item { padding: 8px; }\n'.repeat(100));
  writeFileSync(join(h5Dir, 'sw.js'), `self.addEventListener('fetch', () => {});\n`.repeat(40));
  const r = precompressDir(h5Dir);
  expect(r.files).toBe(4);
  expect(r.brotliBytes).toBeLessThan(r.bytes / 4);
  gw = await startGatewayProcess({ env: { H5_DIR: h5Dir } });
}, 40_000);
afterAll(async () => {
  await gw.stop();
  rmSync(h5Dir, { recursive: true, force: true });
});

test('a hashed script asked for with br comes as brotli that decodes to the file, cached as immutable', async () => {
  const r = await raw(`${gw.url}/${APP_JS}`, {
    headers: { 'accept-encoding': 'gzip, deflate, br' },
  });
  expect(r.status).toBe(200);
  expect(r.headers['content-encoding']).toBe('br');
  expect(r.headers['content-type']).toMatch(/javascript/);
  expect(String(r.headers.vary)).toMatch(/accept-encoding/i);
  expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(r.body.length).toBeLessThan(file(APP_JS).length / 4);
  expect(brotliDecompressSync(r.body).equals(file(APP_JS))).toBe(true);
});

test('gzip when the browser has no brotli; the file as it is when it accepts no encoding', async () => {
  const gz = await raw(`${gw.url}/${APP_CSS}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(gz.headers['content-encoding']).toBe('gzip');
  expect(gz.headers['content-type']).toMatch(/text\/css/);
  expect(gunzipSync(gz.body).equals(file(APP_CSS))).toBe(true);
  expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');

  const plain = await raw(`${gw.url}/${APP_JS}`, { headers: { 'accept-encoding': 'identity' } });
  expect(plain.status).toBe(200);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.equals(file(APP_JS))).toBe(true);
  expect(Number(plain.headers['content-length'])).toBe(file(APP_JS).length);
  const none = await raw(`${gw.url}/${APP_JS}`);
  expect(none.headers['content-encoding']).toBeUndefined();
  expect(none.body.equals(file(APP_JS))).toBe(true);
});

test('index.html, the hash-router fallback and sw.js are revalidated every time, and compressed too', async () => {
  for (const path of ['/', '/index.html', '/pages/history/index']) {
    const r = await raw(`${gw.url}${path}`, { headers: { 'accept-encoding': 'br' } });
    expect([path, r.status]).toEqual([path, 200]);
    expect([path, r.headers['cache-control']]).toEqual([path, 'no-cache']);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['content-type']).toMatch(/text\/html/);
    expect(brotliDecompressSync(r.body).equals(file('index.html'))).toBe(true);
    // The CSP still allows the page's own inline script (hashed from the plain file).
    expect(String(r.headers['content-security-policy'])).toMatch(/script-src 'self' 'sha256-/);
  }
  const sw = await raw(`${gw.url}/sw.js`, { headers: { 'accept-encoding': 'gzip' } });
  expect(sw.headers['cache-control']).toBe('no-cache');
  expect(gunzipSync(sw.body).equals(file('sw.js'))).toBe(true);
});

test('a script or stylesheet that is not in the build is a 404, not the page (an old chunk after a new build)', async () => {
  for (const path of [
    '/js/gone.0a1b2c3d.js',
    '/css/gone.0a1b2c3d.css',
    '/static/gone.png',
    '/favicon.ico',
  ]) {
    const r = await raw(`${gw.url}${path}`);
    expect([path, r.status]).toEqual([path, 404]);
    expect([path, String(r.headers['content-type'])]).not.toEqual([
      path,
      expect.stringMatching(/text\/html/),
    ]);
  }
});

test('API answers over 1 KB are compressed for clients that accept it; small ones and others are not', async () => {
  const token = await devLogin(gw.url, 'villager');
  const call = (encoding?: string) =>
    raw(`${gw.url}/api/exhibits`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...(encoding ? { 'accept-encoding': encoding } : {}),
      },
      body: JSON.stringify({ action: 'list', payload: { limit: 20 } }),
    });
  const plain = await call();
  expect(plain.status).toBe(200);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.length).toBeGreaterThan(1024);
  const br = await call('br, gzip');
  expect(br.headers['content-encoding']).toBe('br');
  expect(br.body.length).toBeLessThan(plain.body.length);
  type Listed = { ok: boolean; data?: { items: Array<{ exhibitId: string }> } };
  const ids = (body: string) =>
    ((JSON.parse(body) as Listed).data?.items ?? []).map((i) => i.exhibitId);
  const decoded = brotliDecompressSync(br.body).toString('utf8');
  expect((JSON.parse(decoded) as Listed).ok).toBe(true);
  // The same list (file links are signed per answer, so compare the items).
  expect(ids(decoded).length).toBeGreaterThan(0);
  expect(ids(decoded)).toEqual(ids(plain.body.toString('utf8')));

  const small = await raw(`${gw.url}/api/nothing-here`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': 'br' },
    body: '{}',
  });
  expect(small.status).toBe(404);
  expect(small.headers['content-encoding']).toBeUndefined();
});
