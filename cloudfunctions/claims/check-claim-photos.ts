import type { Store } from '../platform/ports/store';
import { checkOwnCasePhotos } from '../platform/runtime/case-photos';
import { claimUploadsCollection } from './claim-collections';

/** Every photo must be one the caller uploaded with `claims.uploadPhoto`. */
export function checkOwnClaimPhotos(
  store: Store,
  userId: string,
  fileIds: readonly string[],
  field: string,
): Promise<void> {
  return checkOwnCasePhotos(
    store,
    claimUploadsCollection,
    userId,
    fileIds,
    field,
    '有照片没有上传成功，请重新拍',
  );
}
