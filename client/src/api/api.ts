import { clientEnv } from '../env';
import { currentToken } from '../features/session/session-store';
import { createApi, createRawCall } from './api-client';
import { selectTransport } from './select-transport';
import type { Transport } from './transport';
import { selectUploadFile, type UploadFile } from './upload-file';

let transport: Transport | null = null;
function getTransport(): Transport {
  transport ??= selectTransport(clientEnv, currentToken);
  return transport;
}

/** The app's typed API: `api.users.me({})`, `api.feedback.submit(input, { idempotencyKey })`. */
export const api = createApi(getTransport);
/** Untyped calls by name, for the outbox. */
export const rawCall = createRawCall(getTransport);

let uploader: UploadFile | null = null;
/** Sends a photo's bytes where an upload ticket says (storage on weapp, the gateway on h5). */
export const uploadFile: UploadFile = (target, filePath, onProgress) => {
  uploader ??= selectUploadFile(clientEnv, currentToken);
  return uploader(target, filePath, onProgress);
};
