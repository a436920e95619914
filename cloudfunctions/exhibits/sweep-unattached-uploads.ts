import type { Clock } from '../platform/ports/clock';
import type { Files } from '../platform/ports/files';
import type { Logger } from '../platform/ports/logger';
import type { Store } from '../platform/ports/store';
import { uploadsCollection } from './exhibit-collections';

/** A photo uploaded for a contribution that was never sent is kept this long, then deleted. */
export { UNATTACHED_UPLOAD_TTL_MS } from '../../shared/src/exhibits/unattached-upload-ttl';

/**
 * Deletes photos (and their list copies) that no exhibit took within a day of upload. Runs on the
 * local gateway's timer and before each upload (so CloudBase needs no timer); a few per run.
 */
export async function sweepUnattachedUploads(
  store: Store,
  files: Files,
  clock: Clock,
  logger: Logger,
  limit = 20,
): Promise<number> {
  const now = clock.now().toISOString();
  const uploads = store.collection(uploadsCollection);
  const due = await uploads.find({ sweepAfter: { $lt: now } }, { limit });
  let removed = 0;
  for (const doc of due.items) {
    try {
      await files.remove(doc._id);
      if (doc.listFileId) await files.remove(doc.listFileId);
      await uploads.remove(doc._id);
      removed++;
    } catch (e) {
      logger.warn({ err: String(e) }, 'upload sweep could not remove a file');
    }
  }
  return removed;
}
