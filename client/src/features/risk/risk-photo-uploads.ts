import { api } from '../../api/api';
import type { PhotoUploadFeature } from '../images/photo-upload-feature';

/** Photos of a risk report or of a cadre's visit, finished by `risk.uploadPhoto`. */
export const riskPhotoUploads: PhotoUploadFeature = {
  held: 'risk',
  listCopy: false,
  keyPrefix: 'rph',
  start: (_kind, idempotencyKey) => api.risk.startUpload({}, { idempotencyKey }),
  finish: ({ photo }, idempotencyKey) => api.risk.uploadPhoto({ photo }, { idempotencyKey }),
};
