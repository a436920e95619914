import type { ImageKind } from '../../../shared/src/exhibits/image-kind';
import { sniffImage } from '../../../shared/src/exhibits/image-kind';
import { checkImageStructure } from '../../../shared/src/exhibits/image-structure';
import type { ImageVerdict } from '../ports/content-check';
import type { FileFeature } from '../ports/files';
import { invalid } from './app-error';
import type { HandlerContext } from './handler-context';
import { requireUser } from './require-user';

/** The field error for a photo over `maxBytes`. */
export function imageTooBig(field: string, maxBytes: number) {
  const limit =
    maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024}MB` : `${Math.round(maxBytes / 1024)}KB`;
  return invalid({ [field]: `照片太大了（最大 ${limit}），请压缩后再传` });
}

/** Bytes that really are a whole image within the size limit, or a field error. */
export function checkImageBytes(
  bytes: Buffer,
  field: string,
  maxBytes: number,
): { bytes: Buffer; kind: ImageKind } {
  const kind = sniffImage(bytes);
  if (!kind)
    throw invalid(
      { [field]: '只能上传照片（JPG、PNG、WebP 或 GIF）' },
      '这个文件不是照片，请选择一张照片。',
    );
  if (bytes.length > maxBytes) throw imageTooBig(field, maxBytes);
  // The magic bytes are not enough: the whole file must be that image and nothing else.
  const structure = checkImageStructure(bytes);
  if (!structure.ok)
    throw invalid(
      { [field]: '照片文件不完整或夹带了别的内容，请重新选择照片' },
      '这个文件不是完整的照片，请重新选择一张照片。',
    );
  return { bytes, kind };
}

/**
 * Stores a checked photo (owned by the caller, named by the Files port) and passes it through the image content check; a refused photo is
 * removed again and answered as a field error. A `pending` verdict (WeChat decides later) is kept.
 */
export async function storeCheckedImage(
  ctx: HandlerContext,
  photo: { bytes: Buffer; kind: ImageKind },
  file: { feature: FileFeature; purpose: string },
  field: string,
): Promise<{ fileId: string; url: string; verdict: Exclude<ImageVerdict, { ok: false }> }> {
  const stored = await ctx.files.put({
    feature: file.feature,
    purpose: file.purpose,
    owner: requireUser(ctx).userId,
    bytes: photo.bytes,
    contentType: photo.kind,
  });
  const url = await ctx.files.url(stored.fileId);
  const verdict = await ctx.contentCheck.checkImage({
    url,
    bytes: photo.bytes,
    contentType: photo.kind,
  });
  if (verdict.ok === false) {
    await ctx.files.remove(stored.fileId);
    throw invalid({ [field]: verdict.reason }, verdict.reason);
  }
  return { fileId: stored.fileId, url, verdict };
}
