import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFilesContract } from '../../ports/files-contract.suite';
import { Readable } from 'node:stream';
import { createDiskFiles, verifyFileSignature, verifyUploadGrant } from './disk-files';

runFilesContract('local disk', async () => {
  const root = await mkdtemp(join(tmpdir(), 'disk-files-'));
  const key = randomBytes(32);
  const files = createDiskFiles(root, key);
  return {
    files,
    objectNames: async () =>
      (await readdir(root, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile() && !/\.(type|meta)$/.test(e.name))
        .map((e) => join(e.parentPath, e.name).slice(root.length + 1)),
    // What the gateway's `/files/*` route does with a link.
    fetchUrl: async (url, atMs) => {
      const parsed = new URL(url, 'http://gateway.local');
      const fileId = parsed.pathname.replace(/^\/files\//, '');
      const exp = parsed.searchParams.get('exp') ?? undefined;
      const sig = parsed.searchParams.get('sig') ?? undefined;
      if (!verifyFileSignature(key, fileId, exp, sig, atMs)) return null;
      return (await files.get(fileId))?.bytes ?? null;
    },
    directUrlOf: (fileId) => `/files/${fileId}`,
    urlLifetimeMs: 10 * 60_000,
    recordedMetadata: async (fileId) => {
      const meta = JSON.parse(await readFile(join(root, `${fileId}.meta`), 'utf8')) as {
        owner: string;
        purpose: string;
      };
      return { owner: meta.owner, purpose: meta.purpose };
    },
    // What the gateway's `POST /api/uploads/*` route does with a signed upload URL.
    clientUpload: async (reservation, _owner, bytes) => {
      const parsed = new URL(reservation.uploadUrl ?? '', 'http://gateway.local');
      const path = parsed.pathname.replace(/^\/api\/uploads\//, '');
      const checked = verifyUploadGrant(key, path, Object.fromEntries(parsed.searchParams));
      if (!checked.ok) throw new Error(checked.reason);
      const written = await files.writeUpload(checked.grant, Readable.from([bytes]));
      if (!written.ok) throw new Error(written.reason);
      return path;
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
});
