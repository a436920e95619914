import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createDiskFiles, verifyUploadGrant } from './disk-files';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'disk-upload-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function reserved(ttlMs = 60_000, maxBytes = 10) {
  const key = randomBytes(32);
  const files = createDiskFiles(root, key);
  const r = await files.reserve({
    feature: 'risk',
    owner: 'u1',
    purpose: 'photo',
    maxBytes,
    ttlMs,
  });
  const url = new URL(r.uploadUrl ?? '', 'http://gw');
  const query = Object.fromEntries(url.searchParams);
  return { key, files, r, query };
}

test('an upload link holds until its signed expiry, then is refused as expired', async () => {
  const { key, r, query } = await reserved(60_000);
  const now = Date.now();
  expect(verifyUploadGrant(key, r.path, query, now)).toMatchObject({
    ok: true,
    grant: { path: r.path, owner: 'u1', maxBytes: 10 },
  });
  expect(verifyUploadGrant(key, r.path, query, now + 61_000)).toEqual({
    ok: false,
    reason: 'expired',
  });
  expect(verifyUploadGrant(key, r.path, { ...query, owner: 'u2' }, now)).toEqual({
    ok: false,
    reason: 'bad-signature',
  });
  expect(verifyUploadGrant(randomBytes(32), r.path, query, now)).toMatchObject({ ok: false });
});

test('writeUpload: once per path, stopped past the granted size with nothing left', async () => {
  const { key, files, r, query } = await reserved(60_000, 10);
  const checked = verifyUploadGrant(key, r.path, query);
  if (!checked.ok) throw new Error(checked.reason);
  const tooBig = await files.writeUpload(
    checked.grant,
    Readable.from([Buffer.alloc(6), Buffer.alloc(6)]),
  );
  expect(tooBig).toEqual({ ok: false, reason: 'too-big' });
  expect(await files.get(r.path)).toBeNull();
  expect(await files.writeUpload(checked.grant, Readable.from([Buffer.alloc(10)]))).toEqual({
    ok: true,
    size: 10,
  });
  expect(await files.writeUpload(checked.grant, Readable.from([Buffer.alloc(1)]))).toEqual({
    ok: false,
    reason: 'exists',
  });
  expect((await files.get(r.path))?.bytes.length).toBe(10);
});
