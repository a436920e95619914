import { MAX_IMAGE_BYTES } from '../../shared/src/exhibits/image-kind';
import type { UploadPurpose } from '../platform/runtime/direct-upload';

/** A photo of a risk report or of a cadre's visit. */
export const RISK_PHOTO: UploadPurpose = {
  feature: 'risk',
  purpose: 'photo',
  maxBytes: MAX_IMAGE_BYTES,
};
