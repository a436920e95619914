import { createStore, del, get, keys, set } from 'idb-keyval';
import type { HeldPhoto, HeldPart } from './held-photo';
import type { HeldPhotoBackend } from './held-photo-store';

/**
 * h5: held photos in IndexedDB (idb-keyval, database `psv-held-photos`): the record under its
 * user-scoped key, each part's Blob under `<key>#<part>`. Object URLs are made for uploads and
 * thumbnails and revoked when the photo is released.
 */
export function h5HeldPhotoBackend(): HeldPhotoBackend {
  const store = createStore('psv-held-photos', 'photos');
  const urls = new Map<string, string>();
  return {
    readMeta: async (key) => (await get<HeldPhoto>(key, store)) ?? null,
    writeMeta: (key, photo) => set(key, photo, store),
    writeBytes: (key, part, bytes) => set(`${key}#${part}`, bytes, store),
    async bytesUrl(key, part: HeldPart) {
      const id = `${key}#${part}`;
      const known = urls.get(id);
      if (known) return known;
      const blob = await get<Blob | string>(id, store);
      if (blob === undefined) return null;
      if (typeof blob === 'string') return blob;
      const url = URL.createObjectURL(blob);
      urls.set(id, url);
      return url;
    },
    async remove(key) {
      for (const part of ['photo', 'list-copy'] as const) {
        const id = `${key}#${part}`;
        const url = urls.get(id);
        if (url) URL.revokeObjectURL(url);
        urls.delete(id);
        await del(id, store);
      }
      await del(key, store);
    },
    keys: async () => (await keys(store)).map(String).filter((k) => !k.includes('#')),
  };
}
