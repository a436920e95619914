import { api } from '../../api/api';
import type { PhotoUploadFeature } from '../images/photo-upload-feature';

/** Photos of a claim's papers, finished by `claims.uploadPhoto` (compressed on the phone first). */
export const claimPhotoUploads: PhotoUploadFeature = {
  held: 'claims',
  listCopy: false,
  keyPrefix: 'cph',
  start: (_kind, idempotencyKey) => api.claims.startUpload({}, { idempotencyKey }),
  finish: ({ photo }, idempotencyKey) => api.claims.uploadPhoto({ photo }, { idempotencyKey }),
};
