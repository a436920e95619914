import { issueUploadTicket, sweepUploadTickets } from '../platform/runtime/direct-upload';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { RISK_PHOTO } from './risk-upload-purpose';

/** A ticket to write one report or visit photo straight to storage; `uploadPhoto` finishes it. */
export async function startUpload(_input: Record<string, never>, ctx: HandlerContext) {
  const ticket = await issueUploadTicket(ctx, RISK_PHOTO);
  await sweepUploadTickets(ctx.store, ctx.files, ctx.clock, ctx.logger);
  return ticket;
}
