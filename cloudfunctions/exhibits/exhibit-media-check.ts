import { mediaCheckTarget } from '../platform/runtime/media-verdicts';
import { uploadsCollection } from './exhibit-collections';

/**
 * Exhibit photos take part in WeChat's asynchronous image check. A refused photo disappears from
 * every exhibit that uses it (the views hide refused uploads), its bytes and its small list copy
 * are removed, and the contributor is told (`exhibits.photoRefused`).
 */
export const exhibitUploadsMediaCheck = mediaCheckTarget({
  collection: uploadsCollection,
  refusedTemplate: 'exhibits.photoRefused',
  async afterRefused(upload, { files }) {
    await files.remove(upload._id);
    if (upload.listFileId) await files.remove(upload.listFileId);
  },
});
