import { api } from '../../api/api';
import type { PhotoUploadFeature } from '../images/photo-upload-feature';

/** Exhibit photos go up with their small list copy and are finished by `exhibits.uploadImage`. */
export const exhibitPhotoUploads: PhotoUploadFeature = {
  held: 'exhibits',
  listCopy: true,
  keyPrefix: 'img',
  start: (kind, idempotencyKey) => api.exhibits.startUpload({ kind }, { idempotencyKey }),
  finish: (parts, idempotencyKey) => api.exhibits.uploadImage(parts, { idempotencyKey }),
};
