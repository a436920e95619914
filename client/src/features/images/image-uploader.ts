import Taro from '@tarojs/taro';
import { DEFAULT_MESSAGE_BY_CODE } from '@shared/envelope/error-codes';
import { networkError, type ClientCallResult } from '../../api/client-call-result';
import { codeForHttpStatus, readEnvelope } from '../../api/envelope-guard';

export interface UploadedFile {
  /** What a later submission references (a cloud fileID or the gateway's file id). */
  fileId: string;
}

/**
 * Sends one local image file and reports progress (0–100). Results use the same envelope as
 * every call, so a form can queue "upload then submit" in the outbox.
 */
export interface ImageUploader {
  upload(
    path: string,
    onProgress: (percent: number) => void,
  ): Promise<ClientCallResult<UploadedFile>>;
}

function isUploadedFile(value: unknown): value is UploadedFile {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { fileId?: unknown }).fileId === 'string'
  );
}

/**
 * Local gateway: `POST ${apiBase}/api/files/upload` (multipart, field `file`), answering
 * `{ ok: true, data: { fileId } }`. The endpoint is not built yet; until then this answers
 * NOT_FOUND, which a form shows as "图片暂时传不上去".
 */
export function createGatewayUploader(
  apiBase: string,
  getToken: () => string | null,
): ImageUploader {
  return {
    upload(path, onProgress) {
      return new Promise((resolve) => {
        const token = getToken();
        const task = Taro.uploadFile({
          url: `${apiBase}/api/files/upload`,
          filePath: path,
          name: 'file',
          header: token ? { Authorization: `Bearer ${token}` } : {},
          success(res) {
            let body: unknown = res.data;
            try {
              body = JSON.parse(res.data);
            } catch {
              // not JSON: classified by status below
            }
            const envelope = readEnvelope(body);
            if (envelope?.ok) {
              resolve(
                isUploadedFile(envelope.data)
                  ? { ok: true, data: envelope.data }
                  : {
                      ok: false,
                      error: { code: 'INTERNAL', message: DEFAULT_MESSAGE_BY_CODE.INTERNAL },
                    },
              );
              return;
            }
            if (envelope) return resolve(envelope);
            const code = codeForHttpStatus(res.statusCode);
            resolve({ ok: false, error: { code, message: DEFAULT_MESSAGE_BY_CODE[code] } });
          },
          fail() {
            resolve(networkError());
          },
        });
        task.progress((p) => onProgress(p.progress));
      });
    },
  };
}

/** weapp: straight to CloudBase storage under `uploads/`. */
export function createCloudUploader(makeCloudPath: (path: string) => string): ImageUploader {
  return {
    upload(path, onProgress) {
      return new Promise((resolve) => {
        const task = Taro.cloud.uploadFile({
          cloudPath: makeCloudPath(path),
          filePath: path,
          success: (res) => resolve({ ok: true, data: { fileId: res.fileID } }),
          fail: () => resolve(networkError()),
        });
        (task as Taro.UploadTask | undefined)?.onProgressUpdate?.((p) => onProgress(p.progress));
      });
    },
  };
}
