import type { ActionInput } from '../../shared/src/contract/define-function';
import type { riskContract } from '../../shared/src/risk/risk-contract';
import { storeCheckedImage } from '../platform/runtime/checked-image';
import { takeUploadedImage } from '../platform/runtime/direct-upload';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { riskUploadsCollection } from './risk-collections';
import { RISK_PHOTO } from './risk-upload-purpose';

type Actions = typeof riskContract.actions;

/**
 * Takes a report or visit photo the phone wrote straight to storage with a `startUpload` ticket,
 * with the same checks as the museum's uploads; stored under a new name, owner kept.
 */
export async function uploadPhoto(input: ActionInput<Actions, 'uploadPhoto'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const photo = await takeUploadedImage(ctx, input.photo, RISK_PHOTO, 'photo');
  const { fileId, url, verdict } = await storeCheckedImage(
    ctx,
    photo,
    { feature: 'risk', purpose: 'photo' },
    'photo',
  );
  await ctx.store.collection(riskUploadsCollection).insert({
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
