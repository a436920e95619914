import { api } from '../../api/api';
import type { PhotoUploadFeature } from '../images/use-photo-uploads';

/** The insurer's 查勘 photos, finished by `claims.uploadPhoto`. */
export const claimPhotoUploads: PhotoUploadFeature = {
  listCopy: false,
  keyPrefix: 'cph',
  start: (_kind, idempotencyKey) => api.claims.startUpload({}, { idempotencyKey }),
  finish: ({ photo }, idempotencyKey) => api.claims.uploadPhoto({ photo }, { idempotencyKey }),
};
