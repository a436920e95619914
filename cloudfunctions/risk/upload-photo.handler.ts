import type { ActionInput } from '../../shared/src/contract/define-function';
import type { riskContract } from '../../shared/src/risk/risk-contract';
import { storeCasePhoto } from '../platform/runtime/case-photos';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { riskUploadsCollection } from './risk-collections';
import { RISK_PHOTO } from './risk-upload-purpose';

type Actions = typeof riskContract.actions;

/**
 * Takes a report or visit photo the phone wrote straight to storage with a `startUpload` ticket,
 * with the same checks as the museum's uploads; stored under a new name, owner kept.
 */
export function uploadPhoto(input: ActionInput<Actions, 'uploadPhoto'>, ctx: HandlerContext) {
  return storeCasePhoto(ctx, input.photo, RISK_PHOTO, riskUploadsCollection);
}
