/** The Files port: uploaded images and generated exports. */

/**
 * The feature a file belongs to: the first folder of its storage name. `downloads` holds the copy
 * of an export made when its maker claims it (one-time-exports.ts): the only folder a client may
 * read straight from storage (CloudBase storage rule on the path), each copy for minutes.
 */
export const FILE_FEATURES = ['exhibits', 'exports', 'risk', 'downloads'] as const;
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

export interface Files {
  /**
   * Stores the bytes under a name the port makes itself, `<feature>/<yyyy-mm>/<random>.<ext>`
   * (the extension from the content type), so no two files ever share a storage object. Files are
   * private: they are read through `get`, or by a client through a temporary `url`.
   */
  put(input: PutFileInput): Promise<StoredFile>;
  get(fileId: string): Promise<{ bytes: Buffer; contentType: string } | null>;
  /**
   * A URL a client can show or download (temporary on CloudBase). `maxSide` asks for a smaller
   * rendition of an image (lists, thumbnails) where the platform can make one; elsewhere the
   * original is served.
   */
  url(fileId: string, options?: { maxSide?: number }): Promise<string>;
  remove(fileId: string): Promise<void>;
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
  /^(exhibits|exports|risk|downloads)\/\d{4}-\d{2}\/[a-f0-9]{32}\.[a-z0-9]{1,5}$/;
