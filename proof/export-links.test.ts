import { readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createDiskFiles } from '../cloudfunctions/platform/adapters/local/disk-files';
import { demoImagePng } from '../cloudfunctions/exhibits/seed/demo-image';
import type { GatewayProcess } from '../gateway/test-support/gateway-process';
import { devLogin, postJson, startGatewayProcess } from '../gateway/test-support/gateway-process';

/**
 * Proof (issue 11 point 4): an export is a one-time download bound to its maker, over the real
 * gateway process — reuse, another session, an anonymous caller and a (validly signed) link are
 * all refused, the file is 0600 and gone after the download, and the gateway's own log output
 * holds no link secret and no export id.
 */
let gw: GatewayProcess;
beforeAll(async () => {
  gw = await startGatewayProcess();
}, 40_000);
afterAll(async () => {
  await gw.stop();
});

const uploads = () => join(gw.dataDir, 'uploads');

test('an export downloads once, only for its maker; links never serve it', async () => {
  const cadre = await devLogin(gw.url, 'village_cadre');
  const made = await postJson(
    `${gw.url}/api/households`,
    { action: 'export', payload: {}, idempotencyKey: 'proof-export-links-1' },
    cadre,
  );
  expect(made.status).toBe(200);
  const exportId = String(made.body.data?.exportId);
  const fileId = String(made.body.data?.fileId);
  expect(made.text).not.toMatch(/sig=|\/files\//);
  expect(statSync(join(uploads(), fileId)).mode & 0o777).toBe(0o600);

  // Even a correctly signed link to the export file is refused.
  const secrets = JSON.parse(readFileSync(join(gw.dataDir, 'local-secrets.json'), 'utf8')) as {
    tokenSecret: string;
  };
  const signed = await createDiskFiles(uploads(), Buffer.from(secrets.tokenSecret, 'base64')).url(
    fileId,
  );
  expect((await fetch(`${gw.url}${signed}`)).status).toBe(403);

  const download = (token?: string) =>
    postJson(
      `${gw.url}/api/households`,
      { action: 'downloadExport', payload: { exportId } },
      token,
    );
  expect((await download()).status).toBe(401);
  for (const other of ['village_cadre_b', 'city_approver', 'villager']) {
    expect([403, 404]).toContain((await download(await devLogin(gw.url, other))).status);
  }
  const first = await download(cadre);
  expect(first.status).toBe(200);
  const bytes = Buffer.from(String(first.body.data?.contentBase64), 'base64');
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(existsSync(join(uploads(), fileId))).toBe(false);

  const reuse = await download(cadre);
  expect(reuse.status).toBe(404);
  expect(reuse.body.error?.message).toMatch(/下载过或已过期/);
  // A retry of the export call itself returns the same (now used) export, not a new file.
  const replay = await postJson(
    `${gw.url}/api/households`,
    { action: 'export', payload: {}, idempotencyKey: 'proof-export-links-1' },
    cadre,
  );
  expect(replay.body.data?.exportId).toBe(exportId);
  expect((await download(cadre)).status).toBe(404);

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
