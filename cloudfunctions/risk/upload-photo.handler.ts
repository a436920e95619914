import type { ActionInput } from '../../shared/src/contract/define-function';
import { MAX_IMAGE_BYTES } from '../../shared/src/exhibits/image-kind';
import type { riskContract } from '../../shared/src/risk/risk-contract';
import { decodeImage, storeCheckedImage } from '../platform/runtime/checked-image';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { riskUploadsCollection } from './risk-collections';

type Actions = typeof riskContract.actions;

/** A photo for a report or a visit, with the same checks as the museum's uploads; owner kept. */
export async function uploadPhoto(input: ActionInput<Actions, 'uploadPhoto'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const photo = decodeImage(input.dataBase64, 'dataBase64', MAX_IMAGE_BYTES);
  const { fileId, url, verdict } = await storeCheckedImage(
    ctx,
    photo,
    { feature: 'risk', purpose: 'photo' },
    'dataBase64',
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
