import type { ActionInput } from '../../shared/src/contract/define-function';
import type { exhibitsContract } from '../../shared/src/exhibits/exhibits-contract';
import { storeCheckedImage } from '../platform/runtime/checked-image';
import { checkUploadTickets, takeUploadedImage } from '../platform/runtime/direct-upload';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { uploadsCollection } from './exhibit-collections';
import { EXHIBIT_LIST_COPY, EXHIBIT_PHOTO } from './exhibit-upload-purposes';
import { sweepUnattachedUploads, UNATTACHED_UPLOAD_TTL_MS } from './sweep-unattached-uploads';

type Actions = typeof exhibitsContract.actions;

/**
 * Takes a photo (and its small list copy, when sent) the phone wrote straight to storage with
 * `startUpload` tickets: checks the bytes are really a whole image, stores them under a new name,
 * passes the photo through the image content check, and remembers who uploaded it.
 */
export async function uploadImage(input: ActionInput<Actions, 'uploadImage'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now();
  await checkUploadTickets(ctx, [
    { part: input.photo, what: EXHIBIT_PHOTO, field: 'photo' },
    ...(input.listCopy
      ? [{ part: input.listCopy, what: EXHIBIT_LIST_COPY, field: 'listCopy' }]
      : []),
  ]);
  const photo = await takeUploadedImage(ctx, input.photo, EXHIBIT_PHOTO, 'photo');
  const list = input.listCopy
    ? await takeUploadedImage(ctx, input.listCopy, EXHIBIT_LIST_COPY, 'listCopy')
    : null;
  const { fileId, url, verdict } = await storeCheckedImage(
    ctx,
    photo,
    { feature: 'exhibits', purpose: 'photo' },
    'photo',
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
