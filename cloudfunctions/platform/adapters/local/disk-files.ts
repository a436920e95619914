import { createHmac, timingSafeEqual } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { appendFile, link, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Files, StoredFile } from '../../ports/files';
import {
  checkPutInput,
  checkReserveInput,
  STORAGE_NAME,
  storageNameFor,
  UNVERIFIED_UPLOAD_TYPE,
} from '../../ports/files';
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

function safeEqual(a: string, b: string): boolean {
  const want = Buffer.from(a);
  const got = Buffer.from(b);
  return want.length === got.length && timingSafeEqual(want, got);
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
  return safeEqual(signature(key, fileId, expMs), sig);
}

/** What an upload link grants: one write of at most `maxBytes` to `path`, by `owner`, until `exp`. */
export interface UploadGrant {
  path: string;
  owner: string;
  maxBytes: number;
  exp: number;
}

/** Upload links are signed like download links, over everything they grant (a `u|` prefix apart). */
function uploadSignature(key: Buffer, g: UploadGrant): string {
  return createHmac('sha256', key)
    .update(`u|${g.path}|${g.owner}|${g.maxBytes}|${g.exp}`)
    .digest('base64url');
}

export type UploadRefusal = 'bad-signature' | 'expired' | 'too-big' | 'exists';

/** Reads an upload link's query (as `reserve` made it) back into a grant, if its signature holds. */
export function verifyUploadGrant(
  key: Buffer,
  path: string,
  query: { owner?: string; max?: string; exp?: string; sig?: string },
  nowMs = Date.now(),
): { ok: true; grant: UploadGrant } | { ok: false; reason: UploadRefusal } {
  const exp = Number(query.exp);
  const maxBytes = Number(query.max);
  if (
    !STORAGE_NAME.test(path) ||
    !query.owner ||
    !query.sig ||
    !Number.isSafeInteger(exp) ||
    !Number.isSafeInteger(maxBytes)
  )
    return { ok: false, reason: 'bad-signature' };
  const grant = { path, owner: query.owner, maxBytes, exp };
  if (!safeEqual(uploadSignature(key, grant), query.sig))
    return { ok: false, reason: 'bad-signature' };
  if (exp < nowMs) return { ok: false, reason: 'expired' };
  return { ok: true, grant };
}

export interface DiskFiles extends Files {
  /**
   * Streams a client's upload to the granted path: once only (a second write is refused), and
   * stopped (nothing kept) as soon as it passes the granted size.
   */
  writeUpload(
    grant: UploadGrant,
    source: Readable,
  ): Promise<{ ok: true; size: number } | { ok: false; reason: 'too-big' | 'exists' }>;
  /**
   * A resumable upload (issue 16): how many bytes of the granted path have arrived, and whether
   * the whole file is there. Chunks wait in `<path>.part` until the last one.
   */
  uploadStatus(grant: UploadGrant): Promise<ChunkedUploadStatus>;
  /**
   * Appends one chunk at `offset` of a file of `total` bytes. A chunk that does not start where
   * the received bytes end is refused with the count, so the phone resumes from there; the last
   * chunk moves the file to its path (once only), and a total above the grant is refused.
   */
  appendUpload(grant: UploadGrant, chunk: UploadChunk): Promise<ChunkedAppendResult>;
}

export interface UploadChunk {
  offset: number;
  total: number;
  bytes: Buffer;
}

export type ChunkedAppendResult =
  | { ok: true; status: ChunkedUploadStatus }
  | { ok: false; reason: 'too-big' | 'exists' | 'offset'; status: ChunkedUploadStatus };

export interface ChunkedUploadStatus {
  received: number;
  complete: boolean;
}

/** The chunk appends still running, one chain per file (this process is the only writer). */
const appending = new Map<string, Promise<unknown>>();

/** Runs `work` after every earlier call for the same path has settled, then forgets the path. */
function oneAtATime<T>(path: string, work: () => Promise<T>): Promise<T> {
  const earlier = appending.get(path) ?? Promise.resolve();
  const run = earlier.then(work, work);
  const tail = run.catch(() => undefined);
  appending.set(path, tail);
  void tail.then(() => {
    if (appending.get(path) === tail) appending.delete(path);
  });
  return run;
}

const TOO_BIG = 'PSV_UPLOAD_TOO_BIG';

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch {
    return null;
  }
}

async function chunkStatus(full: string): Promise<ChunkedUploadStatus> {
  const whole = await sizeOf(full);
  if (whole !== null) return { received: whole, complete: true };
  return { received: (await sizeOf(`${full}.part`)) ?? 0, complete: false };
}

export function createDiskFiles(
  root: string,
  signingKey: Buffer,
  publicPrefix = '/files',
  uploadPrefix = '/api/uploads',
): DiskFiles {
  const base = resolve(root);
  const pathOf = (fileId: string): string => {
    if (!STORAGE_NAME.test(fileId) && !LEGACY_NAME.test(fileId)) throw new Error('bad file id');
    const full = resolve(base, fileId);
    if (!full.startsWith(base + sep)) throw new Error('bad file id');
    return full;
  };
  const writeMeta = async (full: string, contentType: string, owner: string, purpose: string) => {
    await writeFile(`${full}.type`, contentType, { mode: 0o600 });
    const meta = { owner, purpose, createdAt: new Date().toISOString() };
    await writeFile(`${full}.meta`, JSON.stringify(meta), { mode: 0o600 });
  };
  const remove = async (fileId: string) => {
    const full = pathOf(fileId);
    await rm(full, { force: true });
    await rm(`${full}.type`, { force: true });
    await rm(`${full}.meta`, { force: true });
    await rm(`${full}.part`, { force: true });
  };
  return {
    async put(input): Promise<StoredFile> {
      checkPutInput(input);
      const { feature, owner, purpose, bytes, contentType } = input;
      const fileId = storageNameFor(feature, contentType, new Date(), newId());
      const full = pathOf(fileId);
      // Only the gateway's user may read them (exports hold full ID numbers).
      await mkdir(dirname(full), { recursive: true, mode: 0o700 });
      await writeFile(full, bytes, { mode: 0o600 });
      await writeMeta(full, contentType, owner, purpose);
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
    async size(fileId) {
      try {
        return (await stat(pathOf(fileId))).size;
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
    remove,
    // A refused input rejects, as on every adapter.
    reserve: (input) =>
      Promise.resolve().then(() => {
        checkReserveInput(input);
        const path = storageNameFor(input.feature, UNVERIFIED_UPLOAD_TYPE, new Date(), newId());
        const grant = {
          path,
          owner: input.owner,
          maxBytes: input.maxBytes,
          exp: Date.now() + input.ttlMs,
        };
        const query = new URLSearchParams({
          owner: grant.owner,
          max: String(grant.maxBytes),
          exp: String(grant.exp),
          sig: uploadSignature(signingKey, grant),
        });
        return { path, fileId: path, uploadUrl: `${uploadPrefix}/${path}?${query.toString()}` };
      }),
    async writeUpload(grant, source) {
      const full = pathOf(grant.path);
      await mkdir(dirname(full), { recursive: true, mode: 0o700 });
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          if (size > grant.maxBytes) done(Object.assign(new Error('too big'), { code: TOO_BIG }));
          else done(null, chunk);
        },
      });
      try {
        // `wx`: the path is written once; a second upload to it fails with EEXIST.
        await pipeline(source, counter, createWriteStream(full, { flags: 'wx', mode: 0o600 }));
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'EEXIST') return { ok: false, reason: 'exists' };
        await remove(grant.path);
        if (code === TOO_BIG) return { ok: false, reason: 'too-big' };
        throw e;
      }
      await writeMeta(full, UNVERIFIED_UPLOAD_TYPE, grant.owner, 'client-upload');
      return { ok: true, size };
    },
    uploadStatus: (grant) => chunkStatus(pathOf(grant.path)),
    appendUpload: (grant, chunk) =>
      oneAtATime(pathOf(grant.path), () => appendChunk(grant, pathOf(grant.path), chunk)),
  };
  /**
   * Runs with the path's lock held (see `oneAtATime`): the size checked is the size appended to, so
   * a chunk re-sent while the first PUT of it is still being handled is refused, not appended twice.
   */
  async function appendChunk(
    grant: UploadGrant,
    full: string,
    { offset, total, bytes }: UploadChunk,
  ): Promise<ChunkedAppendResult> {
    const before = await chunkStatus(full);
    if (total > grant.maxBytes || offset + bytes.length > total)
      return { ok: false, reason: 'too-big', status: before };
    if (before.complete) return { ok: false, reason: 'exists', status: before };
    if (offset !== before.received) return { ok: false, reason: 'offset', status: before };
    await mkdir(dirname(full), { recursive: true, mode: 0o700 });
    await appendFile(`${full}.part`, bytes, { mode: 0o600 });
    const received = offset + bytes.length;
    if (received < total) return { ok: true, status: { received, complete: false } };
    // Type and owner first: a crash after `link` leaves a whole file that is readable and owned.
    await writeMeta(full, UNVERIFIED_UPLOAD_TYPE, grant.owner, 'client-upload');
    try {
      // `link` fails with EEXIST: the path is still written once.
      await link(`${full}.part`, full);
    } catch (e) {
      if ((e as { code?: string }).code === 'EEXIST')
        return { ok: false, reason: 'exists', status: await chunkStatus(full) };
      throw e;
    }
    await rm(`${full}.part`, { force: true });
    return { ok: true, status: { received, complete: true } };
  }
}
