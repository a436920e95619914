import type { ActionInput } from '../../shared/src/contract/define-function';
import type { exhibitsContract } from '../../shared/src/exhibits/exhibits-contract';
import { MAX_IMAGE_BYTES, MAX_LIST_IMAGE_BYTES } from '../../shared/src/exhibits/image-kind';
import { decodeImage, storeCheckedImage } from '../platform/runtime/checked-image';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { uploadsCollection } from './exhibit-collections';
import { sweepUnattachedUploads, UNATTACHED_UPLOAD_TTL_MS } from './sweep-unattached-uploads';

type Actions = typeof exhibitsContract.actions;

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
  const { fileId, url, verdict } = await storeCheckedImage(
    ctx,
    photo,
    { feature: 'exhibits', purpose: 'photo' },
    'dataBase64',
  );
  const storedList = list
    ? await ctx.files.put({
        feature: 'exhibits',
        owner: caller.userId,
        purpose: 'list-copy',
        bytes: list.bytes,
        contentType: list.kind,
      })
    : null;
  await ctx.store.collection(uploadsCollection).insert({
    _id: fileId,
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
  return { fileId, url, bytes: photo.bytes.length };
}
