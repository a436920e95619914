import { clientEnv } from '../../env';
import { h5HeldPhotoBackend } from './held-photo-backend-h5';
import { weappHeldPhotoBackend } from './held-photo-backend-weapp';
import { createHeldPhotos, memoryHeldPhotoBackend, type HeldPhotos } from './held-photo-store';

let instance: HeldPhotos | null = null;

/** The app's held photos: IndexedDB on h5, the user data folder on weapp (clientEnv.platform, from TARO_ENV). */
export function appHeldPhotos(): HeldPhotos {
  if (instance) return instance;
  const backend =
    clientEnv.platform === 'weapp'
      ? weappHeldPhotoBackend()
      : typeof indexedDB === 'undefined'
        ? memoryHeldPhotoBackend()
        : h5HeldPhotoBackend();
  instance = createHeldPhotos(backend);
  return instance;
}
