import type { Store } from '../platform/ports/store';
import { checkOwnCasePhotos } from '../platform/runtime/case-photos';
import { riskUploadsCollection } from './risk-collections';

/** Every photo must be one the caller uploaded with `risk.uploadPhoto`. */
export function checkOwnPhotos(
  store: Store,
  userId: string,
  fileIds: readonly string[],
  field: string,
): Promise<void> {
  return checkOwnCasePhotos(
    store,
    riskUploadsCollection,
    userId,
    fileIds,
    field,
    '有照片没有上传成功，请重新选择',
  );
}
