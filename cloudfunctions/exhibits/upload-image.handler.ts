import type { ActionInput } from '../../shared/src/contract/define-function';
import type { exhibitsContract } from '../../shared/src/exhibits/exhibits-contract';
import {
  MAX_IMAGE_BYTES,
  MAX_LIST_IMAGE_BYTES,
  sniffImage,
  type ImageKind,
} from '../../shared/src/exhibits/image-kind';
import { checkImageStructure } from '../../shared/src/exhibits/image-structure';
import { invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { uploadsCollection } from './exhibit-collections';
import { sweepUnattachedUploads, UNATTACHED_UPLOAD_TTL_MS } from './sweep-unattached-uploads';

type Actions = typeof exhibitsContract.actions;

/** Base64 → bytes that really are an image within the size limit, or a field error. */
function decodeImage(
  base64: string,
  field: 'dataBase64' | 'listBase64',
  maxBytes: number,
): { bytes: Buffer; kind: ImageKind } {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64))
    throw invalid({ [field]: '图片数据不完整，请重新选择照片' });
  const bytes = Buffer.from(base64, 'base64');
  const kind = sniffImage(bytes);
  if (!kind)
    throw invalid(
      { [field]: '只能上传照片（JPG、PNG、WebP 或 GIF）' },
      '这个文件不是照片，请选择一张照片。',
    );
  if (bytes.length > maxBytes) {
    const limit =
      maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024}MB` : `${Math.round(maxBytes / 1024)}KB`;
    throw invalid({ [field]: `照片太大了（最大 ${limit}），请压缩后再传` });
  }
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
 * Stores a photo (and its small list copy, when sent) after checking the bytes are really a whole
 * image and passing it through the image content check; remembers who uploaded it.
 */
export async function uploadImage(input: ActionInput<Actions, 'uploadImage'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now();
  const photo = decodeImage(input.dataBase64, 'dataBase64', MAX_IMAGE_BYTES);
  const list =
    input.listBase64 === undefined
      ? null
      : decodeImage(input.listBase64, 'listBase64', MAX_LIST_IMAGE_BYTES);
  const stored = await ctx.files.put({
    path: 'exhibits/photo',
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
    throw invalid({ dataBase64: verdict.reason }, verdict.reason);
  }
  const storedList = list
    ? await ctx.files.put({ path: 'exhibits/list', bytes: list.bytes, contentType: list.kind })
    : null;
  await ctx.store.collection(uploadsCollection).insert({
    _id: stored.fileId,
    ownerId: caller.userId,
    listFileId: storedList?.fileId ?? null,
    contentType: photo.kind,
    bytes: photo.bytes.length,
    createdAt: now.toISOString(),
    sweepAfter: new Date(now.getTime() + UNATTACHED_UPLOAD_TTL_MS).toISOString(),
    contentCheck: verdict.ok === true ? 'passed' : 'pending',
    contentCheckTraceId: verdict.ok === 'pending' ? verdict.traceId : null,
  });
  await sweepUnattachedUploads(ctx.store, ctx.files, ctx.clock, ctx.logger);
  return { fileId: stored.fileId, url, bytes: photo.bytes.length };
}
