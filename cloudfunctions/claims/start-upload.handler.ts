import { issueUploadTicket, sweepUploadTickets } from '../platform/runtime/direct-upload';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { CLAIM_PHOTO } from './claim-upload-purpose';

/** A ticket to write one photo of a paper (or of a survey) straight to storage. */
export async function startUpload(_input: Record<string, never>, ctx: HandlerContext) {
  const ticket = await issueUploadTicket(ctx, CLAIM_PHOTO);
  await sweepUploadTickets(ctx.store, ctx.files, ctx.clock, ctx.logger);
  return ticket;
}
