import type { ActionInput } from '../../shared/src/contract/define-function';
import type { exhibitsContract } from '../../shared/src/exhibits/exhibits-contract';
import { issueUploadTicket, sweepUploadTickets } from '../platform/runtime/direct-upload';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { EXHIBIT_LIST_COPY, EXHIBIT_PHOTO } from './exhibit-upload-purposes';

type Actions = typeof exhibitsContract.actions;

/** A ticket to write one photo (or its list copy) straight to storage; `uploadImage` finishes it. */
export async function startUpload(input: ActionInput<Actions, 'startUpload'>, ctx: HandlerContext) {
  const ticket = await issueUploadTicket(
    ctx,
    input.kind === 'list-copy' ? EXHIBIT_LIST_COPY : EXHIBIT_PHOTO,
  );
  await sweepUploadTickets(ctx.store, ctx.files, ctx.clock, ctx.logger);
  return ticket;
}
