import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import type { Files, StoredFile } from '../../ports/files';
import { checkPutInput, STORAGE_NAME, storageNameFor } from '../../ports/files';
import { newId } from '../../runtime/new-id';

/** Ids written before the port owned naming (`<folder>/<id>.<ext>`), still readable in old DATA_DIRs. */
const LEGACY_NAME = /^[a-z0-9_-]{1,40}\/[a-f0-9]{32}\.[a-z0-9]{1,5}$/;

/**
 * Files on local disk under `<DATA_DIR>/uploads`. File ids are the port's own storage names
 * (`<feature>/<yyyy-mm>/<id>.<ext>`), never a caller's path, so path traversal cannot reach outside
 * the folder. Beside each file: `.type` (its content type) and `.meta` (owner, purpose, time).
 */
const URL_TTL_MS = 10 * 60_000;

function signature(key: Buffer, fileId: string, exp: number): string {
  return createHmac('sha256', key).update(`${fileId}|${exp}`).digest('base64url');
}

/** Download links are signed and expire after 10 minutes, so a leaked link soon stops working. */
export function verifyFileSignature(
  key: Buffer,
  fileId: string,
  exp: string | undefined,
  sig: string | undefined,
  nowMs = Date.now(),
): boolean {
  const expMs = Number(exp);
  if (!sig || !Number.isFinite(expMs) || expMs < nowMs) return false;
  const want = Buffer.from(signature(key, fileId, expMs));
  const got = Buffer.from(sig);
  return want.length === got.length && timingSafeEqual(want, got);
}

export function createDiskFiles(root: string, signingKey: Buffer, publicPrefix = '/files'): Files {
  const base = resolve(root);
  const pathOf = (fileId: string): string => {
    if (!STORAGE_NAME.test(fileId) && !LEGACY_NAME.test(fileId)) throw new Error('bad file id');
    const full = resolve(base, fileId);
    if (!full.startsWith(base + sep)) throw new Error('bad file id');
    return full;
  };
  return {
    async put(input): Promise<StoredFile> {
      checkPutInput(input);
      const { feature, owner, purpose, bytes, contentType } = input;
      const now = new Date();
      const fileId = storageNameFor(feature, contentType, now, newId());
      const full = pathOf(fileId);
      // Only the gateway's user may read them (exports hold full ID numbers).
      await mkdir(dirname(full), { recursive: true, mode: 0o700 });
      await writeFile(full, bytes, { mode: 0o600 });
      await writeFile(`${full}.type`, contentType, { mode: 0o600 });
      const meta = { owner, purpose, createdAt: now.toISOString() };
      await writeFile(`${full}.meta`, JSON.stringify(meta), { mode: 0o600 });
      return { fileId, contentType, size: bytes.length, owner, purpose };
    },
    async get(fileId) {
      try {
        const full = pathOf(fileId);
        return { bytes: await readFile(full), contentType: await readFile(`${full}.type`, 'utf8') };
      } catch {
        return null;
      }
    },
    url: (fileId) => {
      const exp = Date.now() + URL_TTL_MS;
      return Promise.resolve(
        `${publicPrefix}/${fileId}?exp=${exp}&sig=${signature(signingKey, fileId, exp)}`,
      );
    },
    async remove(fileId) {
      const full = pathOf(fileId);
      await rm(full, { force: true });
      await rm(`${full}.type`, { force: true });
      await rm(`${full}.meta`, { force: true });
    },
  };
}
