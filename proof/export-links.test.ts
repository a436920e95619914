import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createDiskFiles } from '../cloudfunctions/platform/adapters/local/disk-files';
import { demoImagePng } from '../cloudfunctions/exhibits/seed/demo-image';
import type { GatewayProcess } from '../gateway/test-support/gateway-process';
import { devLogin, postJson, startGatewayProcess } from '../gateway/test-support/gateway-process';

/**
 * Proof (issue 11 point 4, issue 13 point 7): an export is a one-time download bound to its maker,
 * over the real gateway process — reuse, another session, an anonymous caller and a (validly
 * signed) link to the stored export are all refused; the claim answers with a signed link to a
 * fresh `downloads/` copy (no bytes in the call), which serves the workbook uncached until the
 * maker finishes; files are 0600; the gateway's log holds no link secret and no export id.
 */
let gw: GatewayProcess;
beforeAll(async () => {
  gw = await startGatewayProcess();
}, 40_000);
afterAll(async () => {
  await gw.stop();
});

const uploads = () => join(gw.dataDir, 'uploads');

/** The storage names under `uploads/<feature>/` (the gateway writes `<yyyy-mm>/<random>.<ext>`). */
function storedUnder(feature: string): string[] {
  const root = join(uploads(), feature);
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((month) =>
    readdirSync(join(root, month)).map((name) => `${feature}/${month}/${name}`),
  );
}

test('an export downloads once, only for its maker; links never serve the stored export', async () => {
  const cadre = await devLogin(gw.url, 'village_cadre');
  const before = new Set(storedUnder('exports'));
  const made = await postJson(
    `${gw.url}/api/households`,
    { action: 'export', payload: {}, idempotencyKey: 'proof-export-links-1' },
    cadre,
  );
  expect(made.status).toBe(200);
  const exportId = String(made.body.data?.exportId);
  expect(made.text).not.toMatch(/sig=|\/files\/|exports\//);
  const [fileId] = storedUnder('exports').filter((f) => !before.has(f));
  if (!fileId) throw new Error('no stored export file');
  expect(statSync(join(uploads(), fileId)).mode & 0o777).toBe(0o600);

  // Even a correctly signed link to the stored export is refused.
  const secrets = JSON.parse(readFileSync(join(gw.dataDir, 'local-secrets.json'), 'utf8')) as {
    tokenSecret: string;
  };
  const signed = await createDiskFiles(uploads(), Buffer.from(secrets.tokenSecret, 'base64')).url(
    fileId,
  );
  expect((await fetch(`${gw.url}${signed}`)).status).toBe(403);

  const call = (action: string, token?: string) =>
    postJson(`${gw.url}/api/households`, { action, payload: { exportId } }, token);
  expect((await call('downloadExport')).status).toBe(401);
  for (const other of ['village_cadre_b', 'city_approver', 'villager']) {
    expect([403, 404]).toContain(
      (await call('downloadExport', await devLogin(gw.url, other))).status,
    );
  }
  const first = await call('downloadExport', cadre);
  expect(first.status).toBe(200);
  expect(first.body.data).not.toHaveProperty('contentBase64');
  const url = String(first.body.data?.url);
  expect(url).toMatch(/^\/files\/downloads\/\d{4}-\d{2}\/[a-f0-9]{32}\.xlsx\?exp=\d+&sig=/);
  expect(existsSync(join(uploads(), fileId))).toBe(false);

  const got = await fetch(`${gw.url}${url}`);
  expect(got.status).toBe(200);
  expect(got.headers.get('cache-control')).toBe('no-store');
  expect(got.headers.get('content-disposition')).toBe('attachment');
  const bytes = Buffer.from(await got.arrayBuffer());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(bytes.length).toBe(Number(first.body.data?.bytes));

  const reuse = await call('downloadExport', cadre);
  expect(reuse.status).toBe(404);
  expect(reuse.body.error?.message).toMatch(/下载过或已过期/);
  // Another cadre cannot delete it early; its maker can, and then the link serves nothing.
  expect(
    (await call('finishExportDownload', await devLogin(gw.url, 'village_cadre_b'))).status,
  ).toBe(404);
  expect((await call('finishExportDownload', cadre)).status).toBe(200);
  expect((await fetch(`${gw.url}${url}`)).status).toBe(404);
  expect(storedUnder('downloads')).toEqual([]);
  // A retry of the export call itself returns the same (now used) export, not a new file.
  const replay = await postJson(
    `${gw.url}/api/households`,
    { action: 'export', payload: {}, idempotencyKey: 'proof-export-links-1' },
    cadre,
  );
  expect(replay.body.data?.exportId).toBe(exportId);
  expect((await call('downloadExport', cadre)).status).toBe(404);

  await new Promise((r) => setTimeout(r, 200));
  const log = gw.output();
  expect(log).toContain('"url":"/api/households"');
  expect(log).not.toContain(exportId);
}, 60_000);

test('the gateway log holds no link signature, expiry or query of any file request (uploads included)', async () => {
  const villager = await devLogin(gw.url, 'villager');
  const started = await postJson(
    `${gw.url}/api/exhibits`,
    { action: 'startUpload', payload: {} },
    villager,
  );
  const ticket = started.body.data as { ticketId: string; localUploadUrl: string };
  const uploadSig = new URL(ticket.localUploadUrl, gw.url).searchParams.get('sig') ?? '';
  const form = new FormData();
  form.append('file', new Blob([demoImagePng(64, 48)]), 'photo');
  const sent = await fetch(`${gw.url}${ticket.localUploadUrl}`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${villager}` },
  });
  const { data } = (await sent.json()) as { data: { fileId: string } };
  const up = await postJson(
    `${gw.url}/api/exhibits`,
    {
      action: 'uploadImage',
      payload: { photo: { ticketId: ticket.ticketId, fileId: data.fileId } },
    },
    villager,
  );
  expect(up.status).toBe(200);
  const url = String(up.body.data?.url);
  expect(url).toMatch(/[?&]sig=/);
  const sig = new URL(url, gw.url).searchParams.get('sig') ?? '';
  const photo = await fetch(`${gw.url}${url}`);
  expect(photo.status).toBe(200);
  await fetch(`${gw.url}${url}&again=1`);
  await new Promise((r) => setTimeout(r, 200));
  const log = gw.output();
  expect(log).toContain('/files/');
  expect(log).not.toContain(sig);
  expect(log).toContain('/api/uploads/');
  expect(log).not.toContain(uploadSig);
  expect(log).not.toMatch(/[?&](sig|exp)=/);
}, 60_000);
