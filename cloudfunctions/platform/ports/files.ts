/** The Files port: uploaded images and generated exports. */

/**
 * The feature a file belongs to: the first folder of its storage name. `downloads` holds the copy
 * of an export made when its maker claims it (one-time-exports.ts): the only folder a client may
 * read straight from storage (CloudBase storage rule on the path), each copy for minutes.
 */
export const FILE_FEATURES = [
  'exhibits',
  'exports',
  'risk',
  'claims',
  'downloads',
  /** 朗读's audio clips, one per piece of text and voice (cached by their hash). */
  'speech',
] as const;
export type FileFeature = (typeof FILE_FEATURES)[number];

/** What a caller tells the port about a new file. It never chooses the storage name. */
export interface PutFileInput {
  feature: FileFeature;
  /** Who the file belongs to (a user id, or `system` for seeded demo content). */
  owner: string;
  /** What the file is for, kebab-case (`photo`, `list-copy`, `households-export`). */
  purpose: string;
  bytes: Buffer;
  contentType: string;
}

export interface StoredFile {
  fileId: string;
  contentType: string;
  size: number;
  owner: string;
  purpose: string;
}

/** A path a client may write its own upload to once (see `Files.reserve`). */
export interface ReserveUploadInput {
  feature: FileFeature;
  /** The user the upload is for; only they may write it. */
  owner: string;
  purpose: string;
  /** The most bytes the client may write there. */
  maxBytes: number;
  /** How long the client has to write it. */
  ttlMs: number;
}

export interface UploadReservation {
  /** The storage name the client writes to (CloudBase: the `cloudPath` of `wx.cloud.uploadFile`). */
  path: string;
  /**
   * The fileId the object written there will have (CloudBase: `cloud://<env-id>.<bucket>/<path>`,
   * as storage reports it; local: the path). A client's finishing call must name exactly this.
   */
  fileId: string;
  /**
   * Where a client without direct storage access sends the bytes (local: the gateway's
   * `POST /api/uploads/<path>`, signed for this path, owner, size and expiry); null on CloudBase,
   * where the phone writes to storage itself.
   */
  uploadUrl: string | null;
}

/** The content type a reserved (not yet verified) upload is named by: `.bin`. */
export const UNVERIFIED_UPLOAD_TYPE = 'application/octet-stream';

export interface Files {
  /**
   * Stores the bytes under a name the port makes itself, `<feature>/<yyyy-mm>/<random>.<ext>`
   * (the extension from the content type), so no two files ever share a storage object. Files are
   * private: they are read through `get`, or by a client through a temporary `url`.
   */
  put(input: PutFileInput): Promise<StoredFile>;
  get(fileId: string): Promise<{ bytes: Buffer; contentType: string } | null>;
  /** The size of a stored object without reading it, or null when there is none. */
  size(fileId: string): Promise<number | null>;
  /**
   * A URL a client can show or download (temporary on CloudBase). `maxSide` asks for a smaller
   * rendition of an image (lists, thumbnails) where the platform can make one; elsewhere the
   * original is served.
   */
  url(fileId: string, options?: { maxSide?: number }): Promise<string>;
  remove(fileId: string): Promise<void>;
  /**
   * Names a path for a client's own upload (`<feature>/<yyyy-mm>/<random>.bin`, made like every
   * other name) without storing anything. The bytes there are the client's, not verified: a
   * function reads them with `get`, checks them, stores what it publishes under a new name with
   * `put`, and removes the client's object.
   */
  reserve(input: ReserveUploadInput): Promise<UploadReservation>;
}

/** Content type → the extension a stored file gets (anything else is stored as `.bin`). */
export const FILE_EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'text/csv': 'csv',
  'application/json': 'json',
  'text/plain': 'txt',
  'audio/wav': 'wav',
  'audio/mpeg': 'mp3',
};

const PURPOSE = /^[a-z0-9][a-z0-9-]{0,40}$/;
const OWNER = /^[A-Za-z0-9_-]{1,64}$/;

/** Checks what a caller passed to `put`; adapters call it before storing anything. */
export function checkPutInput(input: PutFileInput): void {
  if (!(FILE_FEATURES as readonly string[]).includes(input.feature))
    throw new Error(`unknown file feature: ${String(input.feature).slice(0, 40)}`);
  if (!PURPOSE.test(input.purpose)) throw new Error('bad file purpose');
  if (!OWNER.test(input.owner)) throw new Error('bad file owner');
}

/** Checks what a caller passed to `reserve`, as `checkPutInput` does for `put`. */
export function checkReserveInput(input: ReserveUploadInput): void {
  checkPutInput({ ...input, bytes: Buffer.alloc(0), contentType: UNVERIFIED_UPLOAD_TYPE });
  if (!Number.isInteger(input.maxBytes) || input.maxBytes < 1) throw new Error('bad maxBytes');
  if (!Number.isFinite(input.ttlMs) || input.ttlMs < 1) throw new Error('bad ttlMs');
}

/** `<feature>/<yyyy-mm>/<random>.<ext>`: the only form of storage name any adapter writes. */
export function storageNameFor(
  feature: FileFeature,
  contentType: string,
  now: Date,
  random: string,
): string {
  if (!/^[a-f0-9]{32}$/.test(random)) throw new Error('bad random file name');
  const ext = FILE_EXTENSIONS[contentType] ?? 'bin';
  return `${feature}/${now.toISOString().slice(0, 7)}/${random}.${ext}`;
}

/** The storage name form, for adapters that check a file id before reading it. */
export const STORAGE_NAME =
  /^(exhibits|exports|risk|claims|downloads|speech)\/\d{4}-\d{2}\/[a-f0-9]{32}\.[a-z0-9]{1,5}$/;
