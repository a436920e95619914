import type { claimsContract } from '../../shared/src/claims/claims-contract';
import type { ActionInput } from '../../shared/src/contract/define-function';
import { storeCheckedImage } from '../platform/runtime/checked-image';
import { takeUploadedImage } from '../platform/runtime/direct-upload';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { claimUploadsCollection } from './claim-collections';
import { CLAIM_PHOTO } from './claim-upload-purpose';

type Actions = typeof claimsContract.actions;

/**
 * Takes a photo the phone wrote straight to storage with a `startUpload` ticket (already
 * compressed there), with the same checks as every upload; stored under a new name, owner kept.
 */
export async function uploadPhoto(input: ActionInput<Actions, 'uploadPhoto'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const photo = await takeUploadedImage(ctx, input.photo, CLAIM_PHOTO, 'photo');
  const { fileId, url, verdict } = await storeCheckedImage(
    ctx,
    photo,
    { feature: 'claims', purpose: 'photo' },
    'photo',
  );
  await ctx.store.collection(claimUploadsCollection).insert({
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
