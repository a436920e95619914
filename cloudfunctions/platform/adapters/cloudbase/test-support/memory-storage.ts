import { randomBytes } from 'node:crypto';
import type { CloudbaseStorageClient } from '../cloudbase-files';

const ENV = 'test-env';
const BUCKET = `7465-${ENV}`;
const HOST = `https://${BUCKET}.tcb.qcloud.la`;

/**
 * An in-memory stand-in for the SDK's storage calls, answering with the SDK's shapes and behaving
 * like CloudBase storage where it matters: the fileID is derived from the cloud path (so uploading
 * to the same path again overwrites that object), objects are private (their plain address is
 * refused), and `getTempFileURL` hands out signed URLs that stop working after `maxAge` seconds.
 */
export function memoryStorage(options: { now?: () => number } = {}): CloudbaseStorageClient & {
  blobs: Map<string, Buffer>;
  /** The cloud paths now held. */
  paths(): string[];
  /** The address of an object without a signature (what public-read would serve). */
  plainUrlOf(fileID: string): string;
  /** What an HTTP GET of `url` at `atMs` answers: the bytes, or null (403/404). */
  fetch(url: string, atMs: number): Buffer | null;
} {
  const now = options.now ?? Date.now;
  const blobs = new Map<string, Buffer>();
  const signs = new Map<string, { fileID: string; expiresAtMs: number }>();
  const prefix = `cloud://${ENV}.${BUCKET}/`;
  const id = (path: string) => `${prefix}${path}`;
  const pathOf = (fileID: string) => (fileID.startsWith(prefix) ? fileID.slice(prefix.length) : '');
  return {
    blobs,
    paths: () => [...blobs.keys()].map(pathOf),
    plainUrlOf: (fileID) => `${HOST}/${pathOf(fileID)}`,
    fetch(url, atMs) {
      const parsed = new URL(url);
      const sign = parsed.searchParams.get('sign');
      const grant = sign ? signs.get(sign) : undefined;
      if (!grant || grant.expiresAtMs < atMs) return null;
      if (`${HOST}/${pathOf(grant.fileID)}` !== `${parsed.origin}${parsed.pathname}`) return null;
      return blobs.get(grant.fileID) ?? null;
    },
    uploadFile: ({ cloudPath, fileContent }) => {
      if (!cloudPath || cloudPath.startsWith('/') || cloudPath.split('/').includes('..'))
        return Promise.reject(Object.assign(new Error('bad path'), { code: 'INVALID_PARAM' }));
      blobs.set(id(cloudPath), fileContent); // the same path overwrites, as on CloudBase
      return Promise.resolve({ fileID: id(cloudPath) });
    },
    // The SDK's uploadFile asks this first; its `fileId` is the fileID the upload answers.
    getUploadMetadata: ({ cloudPath }) =>
      Promise.resolve({
        data: {
          fileId: id(cloudPath),
          url: `${HOST}/${cloudPath}`,
          token: 't',
          authorization: 'a',
        },
      }),
    downloadFile: ({ fileID }) => {
      const bytes = blobs.get(fileID);
      if (!bytes)
        return Promise.reject(Object.assign(new Error('gone'), { code: 'STORAGE_FILE_NONEXIST' }));
      return Promise.resolve({ fileContent: bytes });
    },
    getTempFileURL: ({ fileList }) =>
      Promise.resolve({
        fileList: fileList.map(({ fileID, maxAge }) => {
          if (!blobs.has(fileID)) return { code: 'STORAGE_FILE_NONEXIST', fileID, tempFileURL: '' };
          const sign = randomBytes(12).toString('hex');
          const expiresAtMs = now() + maxAge * 1000;
          signs.set(sign, { fileID, expiresAtMs });
          const t = Math.floor(expiresAtMs / 1000);
          return {
            code: 'SUCCESS',
            fileID,
            tempFileURL: `${HOST}/${pathOf(fileID)}?sign=${sign}&t=${t}`,
          };
        }),
      }),
    // The SDK's getFileInfo: a temp URL per file, then a HEAD of it for content-length.
    getFileInfo: ({ fileList }) =>
      Promise.resolve({
        fileList: fileList.map((fileID) => {
          const bytes = blobs.get(fileID);
          return bytes
            ? { code: 'SUCCESS', fileID, size: bytes.length }
            : { code: 'STORAGE_FILE_NONEXIST', fileID };
        }),
      }),
    deleteFile: ({ fileList }) =>
      Promise.resolve({
        fileList: fileList.map((fileID) => ({
          fileID,
          code: blobs.delete(fileID) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST',
        })),
      }),
  };
}
