import type { claimsContract } from '../../shared/src/claims/claims-contract';
import type { ActionInput } from '../../shared/src/contract/define-function';
import { storeCasePhoto } from '../platform/runtime/case-photos';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { claimUploadsCollection } from './claim-collections';
import { CLAIM_PHOTO } from './claim-upload-purpose';

type Actions = typeof claimsContract.actions;

/** A photo of a paper or of a survey, written by the phone with a `startUpload` ticket (compressed). */
export function uploadPhoto(input: ActionInput<Actions, 'uploadPhoto'>, ctx: HandlerContext) {
  return storeCasePhoto(ctx, input.photo, CLAIM_PHOTO, claimUploadsCollection);
}
