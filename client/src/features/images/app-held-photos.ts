import { h5HeldPhotoBackend } from './held-photo-backend-h5';
import { weappHeldPhotoBackend } from './held-photo-backend-weapp';
import { createHeldPhotos, memoryHeldPhotoBackend, type HeldPhotos } from './held-photo-store';

let instance: HeldPhotos | null = null;

/** The app's held photos: IndexedDB on h5, the user data folder on weapp (by TARO_ENV). */
export function appHeldPhotos(): HeldPhotos {
  if (instance) return instance;
  const backend =
    process.env.TARO_ENV === 'weapp'
      ? weappHeldPhotoBackend()
      : typeof indexedDB === 'undefined'
        ? memoryHeldPhotoBackend()
        : h5HeldPhotoBackend();
  instance = createHeldPhotos(backend);
  return instance;
}
