import Taro from '@tarojs/taro';
import { DEFAULT_MESSAGE_BY_CODE } from '@shared/envelope/error-codes';
import type { ClientEnv } from '../env';
import { networkError, type ClientCallResult } from './client-call-result';
import { codeForHttpStatus, readEnvelope } from './envelope-guard';
import { UPLOAD_CHUNK_BYTES } from '@shared/files/upload-chunk-size';

/** What `startUpload` answered: where the bytes go. */
export interface UploadTarget {
  cloudPath: string;
  localUploadUrl: string | null;
}

/** Bytes of the file that have reached storage, for a progress bar. */
export type UploadProgress = (sent: number, total: number) => void;

/** Sends one local file (weapp temp path, h5 blob URL) to the place a ticket names. */
export type UploadFile = (
  target: UploadTarget,
  filePath: string,
  onProgress?: UploadProgress,
) => Promise<ClientCallResult<{ fileId: string }>>;

/** errMsg fragments of a failed upload that mean "never reached storage". */
const NETWORK_FAILURE = /timeout|timed out|network|offline|fail\s*-?\d|request:fail|ERR_/i;

function errMsgOf(thrown: unknown): string {
  if (typeof thrown === 'object' && thrown !== null && 'errMsg' in thrown)
    return String(thrown.errMsg);
  return thrown instanceof Error ? thrown.message : String(thrown);
}

const internal = (): ClientCallResult<never> => ({
  ok: false,
  error: { code: 'INTERNAL', message: '照片没有传上去，请再试一次。' },
});

/**
 * weapp: straight to CloudBase storage at the ticket's path, `Taro.cloud.uploadFile({ cloudPath,
 * filePath })`, which answers `{ fileID, statusCode }` or rejects with `{ errMsg }`.
 */
export function createCloudUploadFile(): UploadFile {
  return async (target, filePath) => {
    try {
      const res = await Taro.cloud.uploadFile({ cloudPath: target.cloudPath, filePath });
      if (res.statusCode >= 200 && res.statusCode < 300 && res.fileID)
        return { ok: true, data: { fileId: res.fileID } };
      return internal();
    } catch (thrown) {
      return NETWORK_FAILURE.test(errMsgOf(thrown)) ? networkError() : internal();
    }
  };
}

function readAnswer(status: number, body: unknown): ClientCallResult<{ fileId: string }> {
  const envelope = readEnvelope(body);
  if (envelope?.ok) {
    const data = envelope.data as { fileId?: unknown } | null;
    return typeof data?.fileId === 'string'
      ? { ok: true, data: { fileId: data.fileId } }
      : internal();
  }
  if (envelope) return { ok: false, error: { ...envelope.error, httpStatus: status } };
  if (status === 0 || status === 502 || status === 503 || status === 504) return networkError();
  const code = codeForHttpStatus(status);
  return { ok: false, error: { code, message: DEFAULT_MESSAGE_BY_CODE[code], httpStatus: status } };
}

/**
 * The local gateway, with the session token: h5 reads the photo's blob URL and sends it in
 * resumable chunks (`sendInChunks`); a weapp built for the gateway uses `Taro.uploadFile`, a
 * multipart POST (field `file`) to the ticket's signed `localUploadUrl`.
 */
export function createGatewayUploadFile(env: ClientEnv, getToken: () => string | null): UploadFile {
  return async (target, filePath, onProgress) => {
    if (!target.localUploadUrl) return internal();
    const url = `${env.apiBase}${target.localUploadUrl}`;
    const token = getToken();
    const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
    if (env.platform === 'weapp') {
      try {
        // A retry after a lost answer: the path is written once, so ask first whether it is.
        const before = await Promise.resolve()
          .then(() => Taro.request({ url, method: 'GET', header }))
          .catch(() => null);
        const held = before
          ? readChunkStatus({ status: before.statusCode, body: before.data })
          : null;
        if (held?.complete) return { ok: true, data: { fileId: fileIdOf(url) } };
        const res = await Taro.uploadFile({ url, filePath, name: 'file', header });
        let body: unknown = res.data;
        try {
          body = JSON.parse(res.data);
        } catch {
          // not JSON: classified by status
        }
        return readAnswer(res.statusCode, body);
      } catch {
        return networkError();
      }
    }
    let blob: Blob;
    try {
      blob = await (await fetch(filePath)).blob();
    } catch {
      return internal();
    }
    return sendInChunks(url, header, blob, onProgress);
  };
}

/** Each chunk's request gives up after this long (a 32 KB chunk needs ~2 s at 15 KB/s). */
const CHUNK_TIMEOUT_MS = 15_000;
/** Broken chunks retried in a row before the upload waits for the outbox's next try. */
const CHUNK_RETRIES = 3;

async function requestJson(
  url: string,
  init: RequestInit,
): Promise<{ status: number; body: unknown } | null> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), CHUNK_TIMEOUT_MS);
  try {
    const response = await fetch(url, { ...init, signal: abort.signal });
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // not JSON: classified by status
    }
    return { status: response.status, body };
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** What the gateway holds of this upload: `received` bytes, `complete` once all are there. */
function readChunkStatus(answer: { status: number; body: unknown } | null) {
  const envelope = answer ? readEnvelope(answer.body) : null;
  if (!envelope?.ok) return null;
  const data = envelope.data as { received?: unknown; complete?: unknown } | null;
  return typeof data?.received === 'number' && typeof data.complete === 'boolean'
    ? { received: data.received, complete: data.complete }
    : null;
}

/**
 * h5 to the gateway, resumable: ask how much of this ticket's file arrived (after a reload or a
 * broken link, some may have), then PUT the rest in 32 KB chunks, each with its offset. A broken
 * chunk is asked about and resumed; after a few in a row the upload stops as a network problem,
 * and the next try (same ticket) carries on from the server's count.
 */
async function sendInChunks(
  url: string,
  header: Record<string, string>,
  blob: Blob,
  onProgress?: UploadProgress,
): Promise<ClientCallResult<{ fileId: string }>> {
  const total = blob.size;
  let failures = 0;
  let known = readChunkStatus(await requestJson(url, { method: 'GET', headers: header }));
  while (failures <= CHUNK_RETRIES) {
    if (!known) {
      failures += 1;
      known = readChunkStatus(await requestJson(url, { method: 'GET', headers: header }));
      continue;
    }
    onProgress?.(Math.min(known.received, total), total);
    if (known.complete) return readAnswer(200, { ok: true, data: { fileId: fileIdOf(url) } });
    const offset = known.received;
    const answer = await requestJson(`${url}&offset=${offset}&total=${total}`, {
      method: 'PUT',
      body: blob.slice(offset, offset + UPLOAD_CHUNK_BYTES),
      headers: { ...header, 'Content-Type': 'application/octet-stream' },
    });
    const next = readChunkStatus(answer);
    if (next) {
      failures = 0;
      known = next;
      continue;
    }
    // Refused for a reason a retry cannot fix (grant, owner, size): said as the server said it.
    if (answer && answer.status !== 409 && answer.status < 500 && answer.status !== 0)
      return readAnswer(answer.status, answer.body);
    // Broken link, timeout or an offset the server did not expect: ask where it stands.
    failures += 1;
    known = null;
  }
  return networkError();
}

/** The storage path in a signed upload URL (`…/api/uploads/<path>?…`): the fileId it answers. */
function fileIdOf(url: string): string {
  const path = url.split('?')[0] ?? '';
  const at = path.indexOf('/api/uploads/');
  return at >= 0 ? path.slice(at + '/api/uploads/'.length) : path;
}

/** weapp writes to CloudBase storage; h5 (and a weapp built for device debugging) to the gateway. */
export function selectUploadFile(env: ClientEnv, getToken: () => string | null): UploadFile {
  if (env.platform === 'weapp' && !env.weappUseHttp) return createCloudUploadFile();
  return createGatewayUploadFile(env, getToken);
}
