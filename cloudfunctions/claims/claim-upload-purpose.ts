import { MAX_IMAGE_BYTES } from '../../shared/src/exhibits/image-kind';
import type { UploadPurpose } from '../platform/runtime/direct-upload';

/** A photo of a claim's paper, or of the insurer's survey. */
export const CLAIM_PHOTO: UploadPurpose = {
  feature: 'claims',
  purpose: 'photo',
  maxBytes: MAX_IMAGE_BYTES,
};
