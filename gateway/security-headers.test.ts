import { uploadPhotoOverHttp } from './test-support/upload-over-http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDiskFiles } from '../cloudfunctions/platform/adapters/local/disk-files';
import { demoImagePng } from '../cloudfunctions/exhibits/seed/demo-image';
import type { GatewayProcess } from './test-support/gateway-process';
import { devLogin, startGatewayProcess } from './test-support/gateway-process';

let gw: GatewayProcess;
beforeAll(async () => {
  gw = await startGatewayProcess();
}, 40_000);
afterAll(async () => {
  await gw.stop();
});

test('every answer carries a strict CSP and the usual security headers', async () => {
  for (const path of ['/', '/healthz']) {
    const r = await fetch(`${gw.url}${path}`);
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/upgrade-insecure-requests/);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    expect(r.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  }
  const api = await fetch(`${gw.url}/api/users`, { method: 'POST' });
  expect(api.headers.get('x-content-type-options')).toBe('nosniff');
});

test('a photo is served inline with its stored type; any other file as an attachment, never sniffed', async () => {
  const token = await devLogin(gw.url, 'villager');
  const up = await uploadPhotoOverHttp(gw.url, token, 'exhibits', demoImagePng(5, 40, 30));
  const photo = await fetch(`${gw.url}${String(up.body.data?.url)}`);
  expect(photo.status).toBe(200);
  expect(photo.headers.get('content-type')).toBe('image/png');
  expect(photo.headers.get('content-disposition')).toBe('inline');
  expect(photo.headers.get('x-content-type-options')).toBe('nosniff');
  expect(photo.headers.get('content-security-policy')).toMatch(/sandbox/);

  // A stored file of another type (written as an adapter would, then linked): a download.
  const secrets = JSON.parse(readFileSync(join(gw.dataDir, 'local-secrets.json'), 'utf8')) as {
    tokenSecret: string;
  };
  const files = createDiskFiles(
    join(gw.dataDir, 'uploads'),
    Buffer.from(secrets.tokenSecret, 'base64'),
  );
  const page = await files.put({
    feature: 'exhibits',
    owner: 'someone',
    purpose: 'photo',
    bytes: Buffer.from('<script>alert(1)</script>'),
    contentType: 'text/html',
  });
  const other = await fetch(`${gw.url}${await files.url(page.fileId)}`);
  expect(other.status).toBe(200);
  expect(other.headers.get('content-type')).toBe('application/octet-stream');
  expect(other.headers.get('content-disposition')).toBe('attachment');
  expect(other.headers.get('x-content-type-options')).toBe('nosniff');
});
