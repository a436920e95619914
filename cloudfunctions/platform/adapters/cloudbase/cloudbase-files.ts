import type { Files, StoredFile } from '../../ports/files';
import {
  checkPutInput,
  checkReserveInput,
  storageNameFor,
  UNVERIFIED_UPLOAD_TYPE,
} from '../../ports/files';
import type { CloudbaseConnection } from './cloudbase-app';
import { openCloudbaseApp } from './cloudbase-app';
import { sdkErrorCode } from './cloudbase-errors';
import { newId } from '../../runtime/new-id';

/** The storage calls of `@cloudbase/node-sdk` this adapter uses (the SDK app satisfies it). */
export interface CloudbaseStorageClient {
  uploadFile(o: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  downloadFile(o: { fileID: string }): Promise<{ fileContent?: string | Buffer }>;
  getTempFileURL(o: { fileList: Array<{ fileID: string; maxAge: number }> }): Promise<{
    fileList: Array<{ code: string; fileID: string; tempFileURL: string }>;
  }>;
  /** A temporary URL per file plus what a HEAD of it says (`size` from content-length). */
  getFileInfo(o: { fileList: string[] }): Promise<{
    fileList: Array<{ code: string; fileID: string; size?: number }>;
  }>;
  /** What `uploadFile` asks first: storage's upload grant for a path, with the fileID it will have. */
  getUploadMetadata(o: { cloudPath: string }): Promise<{ data: { fileId: string } }>;
  deleteFile(o: {
    fileList: string[];
  }): Promise<{ fileList: Array<{ code: string; fileID: string }> }>;
}

export interface CloudbaseFilesOptions {
  client: CloudbaseStorageClient;
  /** Lifetime of URLs from `url()` in seconds (default 1 hour). */
  urlMaxAgeSeconds?: number;
  /**
   * The environment has CloudBase image processing (数据万象) enabled, so `url(id, { maxSide })`
   * can ask storage for a scaled-down copy with an `imageMogr2/thumbnail` parameter.
   */
  imageThumbnails?: boolean;
}

const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|gif)$/i;

/** Storage scales the image to fit maxSide × maxSide, never enlarging it. */
export function withThumbnail(url: string, maxSide: number): string {
  const side = Math.max(16, Math.min(4096, Math.round(maxSide)));
  return `${url}${url.includes('?') ? '&' : '?'}imageMogr2/thumbnail/${side}x${side}%3E`;
}

const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  json: 'application/json',
  txt: 'text/plain',
};

/** CloudBase storage keeps no caller-set content type, so reads infer it from the extension. */
export function contentTypeOf(path: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  return (ext && TYPES[ext]) ?? 'application/octet-stream';
}

function isMissing(code: string | undefined): boolean {
  return code !== undefined && /NONEXIST|NOT_EXIST|NOT_FOUND/i.test(code);
}

/** The Files port on CloudBase cloud storage. File ids are CloudBase `cloud://` fileIDs. */
export function createCloudbaseFiles(options: CloudbaseFilesOptions): Files {
  const { client } = options;
  const maxAge = options.urlMaxAgeSeconds ?? 3600;

  return {
    /**
     * The port names every object itself (`<feature>/<yyyy-mm>/<random>.<ext>`): CloudBase derives
     * the fileID from the cloud path and overwrites on the same path, so a caller-given path would
     * let one upload or export replace (and be served as) another. Storage keeps no metadata of
     * ours; owner and purpose come back to the caller, which records them with its own document.
     */
    async put(input): Promise<StoredFile> {
      checkPutInput(input);
      const { feature, owner, purpose, bytes, contentType } = input;
      const { fileID } = await client.uploadFile({
        cloudPath: storageNameFor(feature, contentType, new Date(), newId()),
        fileContent: bytes,
      });
      return { fileId: fileID, contentType, size: bytes.length, owner, purpose };
    },

    async get(fileId) {
      try {
        const { fileContent } = await client.downloadFile({ fileID: fileId });
        if (fileContent === undefined) return null;
        const bytes = typeof fileContent === 'string' ? Buffer.from(fileContent) : fileContent;
        return { bytes, contentType: contentTypeOf(fileId) };
      } catch (e) {
        if (isMissing(sdkErrorCode(e))) return null;
        throw e;
      }
    },

    // Before a function downloads what a phone wrote, it asks the size: storage does not limit it.
    async size(fileId) {
      const { fileList } = await client.getFileInfo({ fileList: [fileId] });
      const item = fileList[0];
      if (!item || isMissing(item.code)) return null;
      if (item.code !== 'SUCCESS' || item.size === undefined)
        throw new Error(`no size for ${fileId}: ${item.code}`);
      return item.size;
    },

    async url(fileId, urlOptions) {
      const { fileList } = await client.getTempFileURL({ fileList: [{ fileID: fileId, maxAge }] });
      const item = fileList[0];
      if (!item || item.code !== 'SUCCESS' || !item.tempFileURL) {
        throw new Error(`no URL for ${fileId}: ${item?.code ?? 'empty answer'}`);
      }
      const maxSide = urlOptions?.maxSide;
      return options.imageThumbnails && maxSide !== undefined && IMAGE_EXTENSIONS.test(fileId)
        ? withThumbnail(item.tempFileURL, maxSide)
        : item.tempFileURL;
    },

    async remove(fileId) {
      const { fileList } = await client.deleteFile({ fileList: [fileId] });
      const code = fileList[0]?.code;
      if (code !== 'SUCCESS' && !isMissing(code)) {
        throw new Error(`delete of ${fileId} failed: ${code ?? 'empty answer'}`);
      }
    },

    /**
     * The phone writes the object itself (`wx.cloud.uploadFile({ cloudPath })`), as the storage
     * security rule allows; the function only names the path, so no URL is needed.
     */
    async reserve(input) {
      checkReserveInput(input);
      const path = storageNameFor(input.feature, UNVERIFIED_UPLOAD_TYPE, new Date(), newId());
      // Storage says which fileID the path gets (`cloud://<env-id>.<bucket>/<path>`), so the
      // finishing call can be held to exactly that object. Nothing is written.
      const { data } = await client.getUploadMetadata({ cloudPath: path });
      if (!data.fileId.endsWith(`/${path}`)) throw new Error('storage named another path');
      return { path, fileId: data.fileId, uploadUrl: null };
    },
  };
}

export function createCloudbaseFilesFor(
  connection: CloudbaseConnection,
  urlMaxAgeSeconds?: number,
): Files {
  const app = openCloudbaseApp(connection);
  return createCloudbaseFiles({
    client: app,
    ...(urlMaxAgeSeconds !== undefined ? { urlMaxAgeSeconds } : {}),
  });
}
