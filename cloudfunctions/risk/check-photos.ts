import type { Store } from '../platform/ports/store';
import { invalid } from '../platform/runtime/app-error';
import { riskUploadsCollection } from './risk-collections';

/** Every photo must be one the caller uploaded with `risk.uploadPhoto`. */
export async function checkOwnPhotos(
  store: Store,
  userId: string,
  fileIds: readonly string[],
  field: string,
): Promise<void> {
  for (const fileId of fileIds) {
    const upload = await store.collection(riskUploadsCollection).get(fileId);
    if (!upload || upload.ownerId !== userId)
      throw invalid({ [field]: '有照片没有上传成功，请重新选择' });
  }
}
