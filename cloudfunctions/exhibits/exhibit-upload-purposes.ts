import { MAX_IMAGE_BYTES, MAX_LIST_IMAGE_BYTES } from '../../shared/src/exhibits/image-kind';
import type { UploadPurpose } from '../platform/runtime/direct-upload';

/** An exhibit photo, and the small copy of it the cards show. */
export const EXHIBIT_PHOTO: UploadPurpose = {
  feature: 'exhibits',
  purpose: 'photo',
  maxBytes: MAX_IMAGE_BYTES,
};
export const EXHIBIT_LIST_COPY: UploadPurpose = {
  feature: 'exhibits',
  purpose: 'list-copy',
  maxBytes: MAX_LIST_IMAGE_BYTES,
};
