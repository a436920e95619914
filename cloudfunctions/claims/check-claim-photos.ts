import type { Store } from '../platform/ports/store';
import { invalid } from '../platform/runtime/app-error';
import { claimUploadsCollection } from './claim-collections';

/** Every photo must be one the caller uploaded with `claims.uploadPhoto`. */
export async function checkOwnClaimPhotos(
  store: Store,
  userId: string,
  fileIds: readonly string[],
  field: string,
): Promise<void> {
  for (const fileId of fileIds) {
    const upload = await store.collection(claimUploadsCollection).get(fileId);
    if (!upload || upload.ownerId !== userId)
      throw invalid({ [field]: '有照片没有上传成功，请重新拍' });
  }
}
