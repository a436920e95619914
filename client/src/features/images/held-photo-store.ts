import { userScopedKey } from '../../storage/user-scoped-key';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import { FINISH_KEY_PREFIX, type HeldFeature, type HeldPart, type HeldPhoto } from './held-photo';

/** The compressed bytes as the platform has them: a Blob on h5, a temp file path on weapp. */
export type PhotoBytes = Blob | string;

/**
 * Where held photos live on this phone: IndexedDB on h5, the user data folder on weapp
 * (held-photo-backend-h5.ts, held-photo-backend-weapp.ts). Keys are the user-scoped keys of
 * `userScopedKey`, so one person's photos are never read under another's.
 */
export interface HeldPhotoBackend {
  readMeta(key: string): Promise<HeldPhoto | null>;
  writeMeta(key: string, photo: HeldPhoto): Promise<void>;
  writeBytes(key: string, part: HeldPart, bytes: PhotoBytes): Promise<void>;
  /** Something an upload or an <Image> can read: an object URL (h5) or a file path (weapp). */
  bytesUrl(key: string, part: HeldPart): Promise<string | null>;
  remove(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export interface HeldPhotos {
  /** Keeps a compressed photo (and its list copy) for its owner; answers its record. */
  hold(
    ownerId: string,
    feature: HeldFeature,
    bytes: { photo: PhotoBytes; listCopy?: PhotoBytes; size: number },
  ): Promise<HeldPhoto>;
  get(ownerId: string, localId: string): Promise<HeldPhoto | null>;
  /** Records progress (a ticket, a fileId, the finishing answer). */
  save(photo: HeldPhoto): Promise<void>;
  url(ownerId: string, localId: string, part: HeldPart): Promise<string | null>;
  /** The photo reached the server with the submission that uses it (or was removed). */
  release(ownerId: string, localId: string): Promise<void>;
  listOf(ownerId: string): Promise<HeldPhoto[]>;
  /** Logout without keeping: nothing of theirs stays on the phone. */
  forgetOwner(ownerId: string): Promise<void>;
}

const NAME = 'held-photo.';
const keyOf = (ownerId: string, localId: string) => userScopedKey(ownerId, `${NAME}${localId}`);

export function createHeldPhotos(
  backend: HeldPhotoBackend,
  now: () => number = Date.now,
): HeldPhotos {
  const mine = async (ownerId: string) => {
    const prefix = userScopedKey(ownerId, NAME);
    return (await backend.keys()).filter((k) => k.startsWith(prefix));
  };
  return {
    async hold(ownerId, feature, bytes) {
      const localId = newIdempotencyKey('ph', now());
      const key = keyOf(ownerId, localId);
      const photo: HeldPhoto = {
        localId,
        ownerId,
        feature,
        createdAt: now(),
        bytes: bytes.size,
        parts: {
          photo: { startKey: newIdempotencyKey('upt', now()) },
          ...(bytes.listCopy ? { 'list-copy': { startKey: newIdempotencyKey('upt', now()) } } : {}),
        },
        finishKey: newIdempotencyKey(FINISH_KEY_PREFIX[feature], now()),
      };
      // Bytes first: a record never points at bytes that are not there.
      await backend.writeBytes(key, 'photo', bytes.photo);
      if (bytes.listCopy) await backend.writeBytes(key, 'list-copy', bytes.listCopy);
      await backend.writeMeta(key, photo);
      return photo;
    },
    async get(ownerId, localId) {
      const photo = await backend.readMeta(keyOf(ownerId, localId));
      return photo && photo.ownerId === ownerId ? photo : null;
    },
    save: (photo) => backend.writeMeta(keyOf(photo.ownerId, photo.localId), photo),
    url: (ownerId, localId, part) => backend.bytesUrl(keyOf(ownerId, localId), part),
    release: (ownerId, localId) => backend.remove(keyOf(ownerId, localId)),
    async listOf(ownerId) {
      const photos = await Promise.all((await mine(ownerId)).map((k) => backend.readMeta(k)));
      return photos
        .filter((p): p is HeldPhoto => p !== null && p.ownerId === ownerId)
        .sort((a, b) => a.createdAt - b.createdAt);
    },
    async forgetOwner(ownerId) {
      for (const key of await mine(ownerId)) await backend.remove(key);
    },
  };
}

/** An in-memory backend (tests, and a platform with no storage: photos last the session). */
export function memoryHeldPhotoBackend(): HeldPhotoBackend & { size(): number } {
  const metas = new Map<string, HeldPhoto>();
  const bytes = new Map<string, PhotoBytes>();
  return {
    readMeta: (key) => Promise.resolve(structuredCloneOf(metas.get(key)) ?? null),
    writeMeta: (key, photo) => {
      metas.set(key, structuredCloneOf(photo) as HeldPhoto);
      return Promise.resolve();
    },
    writeBytes: (key, part, b) => {
      bytes.set(`${key}#${part}`, b);
      return Promise.resolve();
    },
    bytesUrl: (key, part) => {
      const b = bytes.get(`${key}#${part}`);
      return Promise.resolve(
        b === undefined ? null : typeof b === 'string' ? b : `mem:${key}#${part}`,
      );
    },
    remove: (key) => {
      metas.delete(key);
      bytes.delete(`${key}#photo`);
      bytes.delete(`${key}#list-copy`);
      return Promise.resolve();
    },
    keys: () => Promise.resolve([...metas.keys()]),
    size: () => metas.size + bytes.size,
  };
}

function structuredCloneOf<T>(value: T): T | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as T);
}
