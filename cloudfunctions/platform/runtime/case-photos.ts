import type { CollectionDef, Store } from '../ports/store';
import { invalid } from './app-error';
import { storeCheckedImage } from './checked-image';
import type { UploadPurpose } from './direct-upload';
import { takeUploadedImage } from './direct-upload';
import type { HandlerContext } from './handler-context';
import type { MediaCheckState } from './media-verdicts';
import { requireUser } from './require-user';

/**
 * A photo uploaded for a review case (a risk report or visit, a claim's paper or survey); only its
 * uploader may attach it. Each feature keeps these records in its own collection.
 */
export interface CasePhotoDoc {
  ownerId: string;
  contentType: string;
  bytes: number;
  createdAt: string;
  contentCheck: MediaCheckState;
  contentCheckTraceId: string | null;
}

/**
 * Takes a photo the phone wrote straight to storage with a `startUpload` ticket, with the same
 * checks as the museum's uploads; stored under a new name, its owner recorded in `uploads`.
 */
export async function storeCasePhoto(
  ctx: HandlerContext,
  part: Parameters<typeof takeUploadedImage>[1],
  what: UploadPurpose,
  uploads: CollectionDef<CasePhotoDoc>,
): Promise<{ fileId: string; url: string; bytes: number }> {
  const caller = requireUser(ctx);
  const photo = await takeUploadedImage(ctx, part, what, 'photo');
  const { fileId, url, verdict } = await storeCheckedImage(
    ctx,
    photo,
    { feature: what.feature, purpose: what.purpose },
    'photo',
  );
  await ctx.store.collection(uploads).insert({
    _id: fileId,
    ownerId: caller.userId,
    contentType: photo.kind,
    bytes: photo.bytes.length,
    createdAt: ctx.clock.now().toISOString(),
    contentCheck: verdict.ok === true ? 'passed' : 'pending',
    contentCheckTraceId: verdict.ok === 'pending' ? verdict.traceId : null,
  });
  return { fileId, url, bytes: photo.bytes.length };
}

/** Every photo must be one the caller uploaded (recorded in `uploads`). */
export async function checkOwnCasePhotos(
  store: Store,
  uploads: CollectionDef<CasePhotoDoc>,
  userId: string,
  fileIds: readonly string[],
  field: string,
  message: string,
): Promise<void> {
  for (const fileId of fileIds) {
    const upload = await store.collection(uploads).get(fileId);
    if (!upload || upload.ownerId !== userId) throw invalid({ [field]: message });
  }
}
