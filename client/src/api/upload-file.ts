import Taro from '@tarojs/taro';
import { DEFAULT_MESSAGE_BY_CODE } from '@shared/envelope/error-codes';
import type { ClientEnv } from '../env';
import { networkError, type ClientCallResult } from './client-call-result';
import { codeForHttpStatus, readEnvelope } from './envelope-guard';

/** What `startUpload` answered: where the bytes go. */
export interface UploadTarget {
  cloudPath: string;
  localUploadUrl: string | null;
}

/** Sends one local file (weapp temp path, h5 blob URL) to the place a ticket names. */
export type UploadFile = (
  target: UploadTarget,
  filePath: string,
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
 * The local gateway: a multipart POST (field `file`) to the ticket's signed `localUploadUrl`,
 * with the session token. h5 reads the picked photo's blob URL and sends it with fetch; a weapp
 * built for the gateway uses `Taro.uploadFile`.
 */
export function createGatewayUploadFile(env: ClientEnv, getToken: () => string | null): UploadFile {
  return async (target, filePath) => {
    if (!target.localUploadUrl) return internal();
    const url = `${env.apiBase}${target.localUploadUrl}`;
    const token = getToken();
    const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
    if (env.platform === 'weapp') {
      try {
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
    let response: Response;
    try {
      const blob = await (await fetch(filePath)).blob();
      const form = new FormData();
      form.append('file', blob, 'photo');
      response = await fetch(url, { method: 'POST', body: form, headers: header });
    } catch {
      return networkError();
    }
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // not JSON: classified by status
    }
    return readAnswer(response.status, body);
  };
}

/** weapp writes to CloudBase storage; h5 (and a weapp built for device debugging) to the gateway. */
export function selectUploadFile(env: ClientEnv, getToken: () => string | null): UploadFile {
  if (env.platform === 'weapp' && !env.weappUseHttp) return createCloudUploadFile();
  return createGatewayUploadFile(env, getToken);
}
