import type { z } from 'zod';
import type { UploadedPart, UploadTicketView } from '../../../shared/src/files/direct-upload';
import { UPLOAD_TICKET_TTL_MS } from '../../../shared/src/files/direct-upload';
import type { ImageKind } from '../../../shared/src/exhibits/image-kind';
import type { Clock } from '../ports/clock';
import type { FileFeature, Files } from '../ports/files';
import type { Logger } from '../ports/logger';
import type { Store } from '../ports/store';
import { isStoreError } from '../ports/store';
import { conflict, invalid } from './app-error';
import { checkImageBytes, imageTooBig } from './checked-image';
import type { HandlerContext } from './handler-context';
import { newId } from './new-id';
import { uploadTicketsCollection } from './platform-collections';
import { requireUser } from './require-user';

/**
 * Direct uploads (issue 13): the phone writes a photo straight to storage at a path the server
 * reserved, then a function takes it. What it takes is checked (owner, ticket unused and
 * unexpired, the exact object, size, the bytes really a whole image) and copied under a new,
 * server-owned name: the client could overwrite its own object later, so what gets published is
 * never that object, which is deleted.
 */

/** An unused ticket (and whatever the client left at its path) is swept this long after expiry. */
export const UPLOAD_TICKET_SWEEP_GRACE_MS = 60 * 60_000;

export interface UploadPurpose {
  feature: FileFeature;
  purpose: string;
  maxBytes: number;
}

/** Reserves a path for the caller's upload and records the ticket for it. */
export async function issueUploadTicket(
  ctx: HandlerContext,
  what: UploadPurpose,
): Promise<z.input<typeof UploadTicketView>> {
  const caller = requireUser(ctx);
  const now = ctx.clock.now();
  const reservation = await ctx.files.reserve({
    feature: what.feature,
    owner: caller.userId,
    purpose: what.purpose,
    maxBytes: what.maxBytes,
    ttlMs: UPLOAD_TICKET_TTL_MS,
  });
  const expiresAt = new Date(now.getTime() + UPLOAD_TICKET_TTL_MS);
  const ticket = await ctx.store.collection(uploadTicketsCollection).insert({
    _id: newId(),
    ownerId: caller.userId,
    feature: what.feature,
    purpose: what.purpose,
    path: reservation.path,
    fileId: reservation.fileId,
    maxBytes: what.maxBytes,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
    usedAt: null,
    sweepAfter: new Date(expiresAt.getTime() + UPLOAD_TICKET_SWEEP_GRACE_MS).toISOString(),
  });
  return {
    ticketId: ticket._id,
    cloudPath: reservation.path,
    expiresAt: ticket.expiresAt,
    maxBytes: what.maxBytes,
    localUploadUrl: reservation.uploadUrl,
  };
}

type Part = z.infer<typeof UploadedPart>;

const GONE = '上传已失效，请重新选择照片';

/** The caller's ticket for this part, unused and unexpired, for this purpose; else a field error. */
async function openTicket(ctx: HandlerContext, part: Part, what: UploadPurpose, field: string) {
  const caller = requireUser(ctx);
  const ticket = await ctx.store.collection(uploadTicketsCollection).get(part.ticketId);
  // Someone else's ticket answers exactly like a missing one.
  if (
    !ticket ||
    ticket.ownerId !== caller.userId ||
    ticket.feature !== what.feature ||
    ticket.purpose !== what.purpose
  )
    throw invalid({ [field]: GONE }, GONE);
  if (ticket.usedAt !== null) throw conflict('这张照片已经提交过了，请重新选择照片。');
  if (ticket.expiresAt <= ctx.clock.now().toISOString()) throw invalid({ [field]: GONE }, GONE);
  if (part.fileId !== ticket.fileId)
    throw invalid({ [field]: '照片和上传凭证对不上，请重新选择照片' });
  return ticket;
}

/** Checks every part's ticket before any is used, so one bad part spends none of them. */
export async function checkUploadTickets(
  ctx: HandlerContext,
  parts: ReadonlyArray<{ part: Part; what: UploadPurpose; field: string }>,
): Promise<void> {
  for (const p of parts) await openTicket(ctx, p.part, p.what, p.field);
}

/**
 * Spends the ticket (one caller wins), reads the client's object, checks it is a whole image
 * within the ticket's size, and deletes the client's object. Answers the verified bytes, which
 * the caller stores under a new name with `files.put`.
 */
export async function takeUploadedImage(
  ctx: HandlerContext,
  part: Part,
  what: UploadPurpose,
  field: string,
): Promise<{ bytes: Buffer; kind: ImageKind }> {
  const ticket = await openTicket(ctx, part, what, field);
  const tickets = ctx.store.collection(uploadTicketsCollection);
  try {
    await tickets.update(
      ticket._id,
      { set: { usedAt: ctx.clock.now().toISOString() } },
      { ifVersion: ticket._version },
    );
  } catch (e) {
    if (isStoreError(e, 'VERSION_CONFLICT'))
      throw conflict('这张照片已经提交过了，请重新选择照片。');
    throw e;
  }
  const maxBytes = Math.min(ticket.maxBytes, what.maxBytes);
  const notThere = () => invalid({ [field]: '照片没有传上去，请重新选择' });
  // Storage does not limit what a phone writes: the size is asked before anything is read.
  const size = await ctx.files.size(ticket.fileId);
  if (size === null) throw notThere();
  try {
    if (size > maxBytes) throw imageTooBig(field, maxBytes);
    const uploaded = await ctx.files.get(ticket.fileId);
    if (!uploaded) throw notThere();
    return checkImageBytes(uploaded.bytes, field, maxBytes);
  } finally {
    await ctx.files.remove(ticket.fileId);
  }
}

/**
 * Deletes tickets past their sweep time and whatever a client wrote at a ticket's path (a photo
 * picked and sent, then never finished, or written again after it was taken). Runs on the gateway's timer and after each
 * ticket is issued, so CloudBase needs no timer; a few per run.
 */
export async function sweepUploadTickets(
  store: Store,
  files: Files,
  clock: Clock,
  logger: Logger,
  limit = 20,
): Promise<number> {
  const tickets = store.collection(uploadTicketsCollection);
  const due = await tickets.find({ sweepAfter: { $lt: clock.now().toISOString() } }, { limit });
  let removed = 0;
  for (const ticket of due.items) {
    try {
      // Also for a used ticket: the phone may have written its path again after it was taken.
      await files.remove(ticket.fileId);
      await tickets.remove(ticket._id);
      removed++;
    } catch (e) {
      logger.warn({ err: String(e) }, 'upload ticket sweep could not remove a file');
    }
  }
  return removed;
}
