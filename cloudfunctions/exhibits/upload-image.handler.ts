import type { ActionInput } from '../../shared/src/contract/define-function';
import type { exhibitsContract } from '../../shared/src/exhibits/exhibits-contract';
import { MAX_IMAGE_BYTES, sniffImage } from '../../shared/src/exhibits/image-kind';
import { invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { uploadsCollection } from './exhibit-collections';

type Actions = typeof exhibitsContract.actions;

/** Stores a photo after checking its bytes are really an image; remembers who uploaded it. */
export async function uploadImage(input: ActionInput<Actions, 'uploadImage'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(input.dataBase64))
    throw invalid({ dataBase64: '图片数据不完整，请重新选择照片' });
  const bytes = Buffer.from(input.dataBase64, 'base64');
  const kind = sniffImage(bytes);
  if (!kind)
    throw invalid(
      { dataBase64: '只能上传照片（JPG、PNG、WebP 或 GIF）' },
      '这个文件不是照片，请选择一张照片。',
    );
  if (bytes.length > MAX_IMAGE_BYTES)
    throw invalid({ dataBase64: '照片太大了（最大 2MB），请压缩后再传' });
  const stored = await ctx.files.put({ path: 'exhibits/photo', bytes, contentType: kind });
  await ctx.store.collection(uploadsCollection).insert({
    _id: stored.fileId,
    ownerId: caller.userId,
    contentType: kind,
    bytes: bytes.length,
    createdAt: ctx.clock.now().toISOString(),
  });
  return { fileId: stored.fileId, url: await ctx.files.url(stored.fileId), bytes: bytes.length };
}
