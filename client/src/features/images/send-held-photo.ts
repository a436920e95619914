import { UNATTACHED_UPLOAD_TTL_MS } from '@shared/exhibits/unattached-upload-ttl';
import type { ClientCallResult } from '../../api/client-call-result';
import type { UploadFile } from '../../api/upload-file';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import {
  FINISH_KEY_PREFIX,
  type HeldFeature,
  type HeldPart,
  type HeldPartProgress,
  type HeldPhoto,
} from './held-photo';
import type { HeldPhotos } from './held-photo-store';
import type { PhotoUploadFeature, UploadedPart } from './photo-upload-feature';

export interface SendHeldPhotoDeps {
  photos: HeldPhotos;
  features: Record<HeldFeature, PhotoUploadFeature>;
  uploadFile: UploadFile;
  now?: () => number;
  /** Share of this photo sent, 0–100. */
  onProgress?: (percent: number) => void;
  /**
   * Who is logged in now (checked before every step): a photo goes up only as the person who
   * picked it, never with the token of whoever logged in meanwhile.
   */
  currentUser?: () => string | null;
}

const CHANGED_HANDS = {
  ok: false,
  error: { code: 'UNAUTHENTICATED', message: '登录的人换了，这张照片等本人登录后再发送' },
} as const;

/** A ticket this close to its expiry is not started on (the finishing call needs it alive). */
const TICKET_MARGIN_MS = 2 * 60_000;

const LOST = '照片在手机上找不到了，请重新选择';

/**
 * How long a finished photo's answer is used again. The server deletes an exhibit photo that no
 * exhibit took after UNATTACHED_UPLOAD_TTL_MS; a few hours short of that (the submit still has to
 * go, and the phone's clock may be off) the photo is sent again instead. Claims' papers are kept
 * by the server until a claim takes them (claim_uploads has no sweep), and so are risk-report
 * and visit photos: their answer always holds.
 */
const DONE_REUSABLE_MS: Record<HeldFeature, number> = {
  exhibits: UNATTACHED_UPLOAD_TTL_MS - 4 * 60 * 60_000,
  claims: Number.POSITIVE_INFINITY,
  risk: Number.POSITIVE_INFINITY,
};

/** The recorded answer, while the server still keeps what it names. */
function reusableDone(photo: HeldPhoto, now: number): { fileId: string; url: string } | null {
  if (!photo.done) return null;
  const age = now - (photo.done.at ?? photo.createdAt);
  if (age >= DONE_REUSABLE_MS[photo.feature]) return null;
  return { fileId: photo.done.fileId, url: photo.done.url };
}

const inFlight = new Map<string, Promise<ClientCallResult<{ fileId: string; url: string }>>>();

/**
 * Sends one held photo, resuming from what its record says: each part gets a ticket (the same
 * one again on a retry: same idempotency key), its bytes go up (resumable on the gateway), its
 * fileId is recorded, then the finishing call — again with the key made when the photo was
 * held, so a retry after a crash answers the first result instead of storing it twice. Each step
 * is saved before the next, so a reload loses nothing and repeats nothing. One send per photo at
 * a time (the form and the outbox may both try).
 */
export function sendHeldPhoto(
  ownerId: string,
  localId: string,
  deps: SendHeldPhotoDeps,
): Promise<ClientCallResult<{ fileId: string; url: string }>> {
  const id = `${ownerId}/${localId}`;
  const running = inFlight.get(id);
  if (running) return running;
  const run = sendOnce(ownerId, localId, deps).finally(() => inFlight.delete(id));
  inFlight.set(id, run);
  return run;
}

async function sendOnce(
  ownerId: string,
  localId: string,
  deps: SendHeldPhotoDeps,
): Promise<ClientCallResult<{ fileId: string; url: string }>> {
  const now = deps.now ?? Date.now;
  let photo = await deps.photos.get(ownerId, localId);
  if (!photo) return { ok: false, error: { code: 'NOT_FOUND', message: LOST } };
  const reusable = reusableDone(photo, now());
  if (reusable) return { ok: true, data: reusable };
  // Answered too long ago: the server may have deleted it, so it goes up again as a new photo.
  if (photo.done) {
    const { done: _old, ...rest } = photo;
    photo = restarted(rest, now);
    await deps.photos.save(photo);
  }
  const feature = deps.features[photo.feature];
  const theirs = () => !deps.currentUser || deps.currentUser() === ownerId;
  const save = async (next: HeldPhoto) => {
    photo = next;
    await deps.photos.save(next);
  };

  // Twice at most: a ticket that ran out while the phone was offline is replaced once.
  for (let round = 0; round < 2; round += 1) {
    if (!theirs()) return CHANGED_HANDS;
    const sent = await sendParts(photo, feature, deps, now, save, theirs);
    if (!sent.ok) {
      if (sent.error.code === 'FORBIDDEN' && round === 0) {
        await save(restarted(photo, now));
        continue;
      }
      return sent;
    }
    deps.onProgress?.(95);
    const parts = sent.data;
    if (!theirs()) return CHANGED_HANDS;
    const done = await feature.finish(parts, photo.finishKey);
    if (done.ok) {
      await save({ ...photo, done: { fileId: done.data.fileId, url: done.data.url, at: now() } });
      deps.onProgress?.(100);
      return { ok: true, data: { fileId: done.data.fileId, url: done.data.url } };
    }
    // The server did not take it (ticket gone or expired): start this photo over, once.
    if (done.error.code === 'VALIDATION_FAILED' && round === 0) {
      await save(restarted(photo, now));
      continue;
    }
    return done;
  }
  return { ok: false, error: { code: 'INTERNAL', message: '照片没有传上去，请再试一次。' } };
}

/**
 * The server no longer has this photo (the outbox's submit was refused for it): its recorded
 * answer is dropped and the next send uploads it again with new tickets and keys.
 */
export async function forgetHeldPhotoAnswer(
  photos: HeldPhotos,
  ownerId: string,
  localId: string,
  now: () => number = Date.now,
): Promise<void> {
  const photo = await photos.get(ownerId, localId);
  if (!photo?.done) return;
  const { done: _old, ...rest } = photo;
  await photos.save(restarted(rest, now));
}

/** New tickets and keys for every part and the finishing call (nothing was taken). */
function restarted(photo: HeldPhoto, now: () => number): HeldPhoto {
  const fresh = (): HeldPartProgress => ({ startKey: newIdempotencyKey('upt', now()) });
  return {
    ...photo,
    parts: {
      photo: fresh(),
      ...(photo.parts['list-copy'] ? { 'list-copy': fresh() } : {}),
    },
    finishKey: newIdempotencyKey(FINISH_KEY_PREFIX[photo.feature], now()),
  };
}

async function sendParts(
  start: HeldPhoto,
  feature: PhotoUploadFeature,
  deps: SendHeldPhotoDeps,
  now: () => number,
  save: (next: HeldPhoto) => Promise<void>,
  theirs: () => boolean,
): Promise<ClientCallResult<{ photo: UploadedPart; listCopy?: UploadedPart }>> {
  let photo = start;
  const order: HeldPart[] = photo.parts['list-copy'] ? ['photo', 'list-copy'] : ['photo'];
  const uploaded: Partial<Record<HeldPart, UploadedPart>> = {};
  for (const part of order) {
    let progress = photo.parts[part];
    if (!progress) continue;
    const share = (p: number) =>
      deps.onProgress?.(part === 'photo' ? Math.round(5 + p * 80) : Math.round(85 + p * 10));
    if (!progress.fileId) {
      const expired =
        progress.ticket && Date.parse(progress.ticket.expiresAt) - TICKET_MARGIN_MS < now();
      if (!progress.ticket || expired) {
        const key = expired ? newIdempotencyKey('upt', now()) : progress.startKey;
        if (!theirs()) return CHANGED_HANDS;
        const ticket = await feature.start(part, key);
        if (!ticket.ok) return ticket;
        const { ticketId, cloudPath, localUploadUrl } = ticket.data;
        const expiresAt = ticket.data.expiresAt ?? new Date(now() + 15 * 60_000).toISOString();
        progress = { startKey: key, ticket: { ticketId, cloudPath, localUploadUrl, expiresAt } };
        photo = { ...photo, parts: { ...photo.parts, [part]: progress } };
        await save(photo);
      }
      const path = await deps.photos.url(photo.ownerId, photo.localId, part);
      if (!path) return { ok: false, error: { code: 'NOT_FOUND', message: LOST } };
      const ticket = progress.ticket;
      if (!ticket) return { ok: false, error: { code: 'INTERNAL', message: LOST } };
      if (!theirs()) return CHANGED_HANDS;
      const sent = await deps.uploadFile(ticket, path, (done, total) =>
        share(total > 0 ? done / total : 0),
      );
      if (!sent.ok) return sent;
      progress = { ...progress, fileId: sent.data.fileId };
      photo = { ...photo, parts: { ...photo.parts, [part]: progress } };
      await save(photo);
    }
    share(1);
    if (progress.ticket && progress.fileId)
      uploaded[part] = { ticketId: progress.ticket.ticketId, fileId: progress.fileId };
  }
  const main = uploaded.photo;
  if (!main) return { ok: false, error: { code: 'INTERNAL', message: LOST } };
  const listCopy = uploaded['list-copy'];
  return { ok: true, data: { photo: main, ...(listCopy ? { listCopy } : {}) } };
}
