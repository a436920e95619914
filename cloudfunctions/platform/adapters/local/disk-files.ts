import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Files, StoredFile } from '../../ports/files';
import { newId } from '../../runtime/new-id';

const SAFE_SEGMENT = /^[a-z0-9][a-z0-9_-]{0,40}$/;

/**
 * Files on local disk under `<DATA_DIR>/uploads`. File ids are generated (`<folder>/<id>.<ext>`),
 * never taken from a client's file name, so path traversal cannot reach outside the folder.
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
    if (!/^[a-z0-9_-]{1,40}\/[a-f0-9]{32}\.[a-z0-9]{1,5}$/.test(fileId))
      throw new Error('bad file id');
    const full = resolve(base, fileId);
    if (!full.startsWith(base + sep)) throw new Error('bad file id');
    return full;
  };
  const extOf = (contentType: string) =>
    ({
      'image/jpeg': 'jpg',
      'image/png': 'png',
      'image/webp': 'webp',
      'image/gif': 'gif',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
    })[contentType] ?? 'bin';
  return {
    async put({ path, bytes, contentType }): Promise<StoredFile> {
      const folder = path.split('/')[0] ?? '';
      if (!SAFE_SEGMENT.test(folder)) throw new Error('bad folder');
      const fileId = `${folder}/${newId()}.${extOf(contentType)}`;
      // Only the gateway's user may read them (exports hold full ID numbers).
      await mkdir(join(base, folder), { recursive: true, mode: 0o700 });
      await writeFile(pathOf(fileId), bytes, { mode: 0o600 });
      await writeFile(`${pathOf(fileId)}.type`, contentType, { mode: 0o600 });
      return { fileId, contentType, size: bytes.length };
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
    },
  };
}
