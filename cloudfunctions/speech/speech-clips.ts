import type { ReadingPiece } from '../../shared/src/speech/speech-contract';
import { ServiceUnavailableError } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { enforceRateLimit } from '../platform/runtime/rate-limit';
import { sha256 } from '../platform/runtime/stable-hash';
import type { Clock } from '../platform/ports/clock';
import type { Files } from '../platform/ports/files';
import type { Logger } from '../platform/ports/logger';
import type { Store } from '../platform/ports/store';
import { defineCollection, isStoreError } from '../platform/ports/store';
import { SpeechUnavailableError } from '../platform/ports/text-to-speech';

/**
 * One audio clip made for one piece of text in one voice; `_id` is the hash of both, and for
 * 朗读 of a caller's own text (`readText`) of the caller too. Removed with its file after
 * `expiresAt` (`sweepExpiredClips`).
 */
export interface SpeechClipDoc {
  fileId: string;
  mime: string;
  bytes: number;
  voice: string;
  createdAt: string;
  expiresAt: string;
}

/**
 * A clip of a caller's own text (a reviewer's note about a family) is kept one day: long enough
 * to listen again while the page is open, short enough that no note stays as audio.
 */
export const READ_TEXT_CLIP_TTL_MS = 24 * 60 * 60_000;

/**
 * A clip of published text is shared by everyone and kept 30 days: a policy's new version makes
 * new pieces, and the old ones' clips go when their time is up.
 */
export const PUBLISHED_CLIP_TTL_MS = 30 * 24 * 60 * 60_000;

export const speechClipsCollection = defineCollection<SpeechClipDoc>('speech_clips', [
  { fields: ['expiresAt'] },
]);
export const SPEECH_COLLECTIONS = [speechClipsCollection];

/**
 * New clips one caller may have made per minute (cached clips do not count): enough to listen
 * to a long policy piece after piece, too few to use 朗读 as a free speech service.
 */
export const NEW_CLIPS_PER_MINUTE = 12;

const NOT_SET_UP = '朗读服务还没有开通，请找村干部。';

/** Whose clip: everyone's (published text) or one caller's (their own text). */
export type ClipScope = { kind: 'published' } | { kind: 'caller'; userId: string };

/** The cache key of a piece: the voice and the exact text — and the caller, for their own text. */
export function clipKey(
  voice: string,
  text: string,
  scope: ClipScope = { kind: 'published' },
): string {
  return scope.kind === 'published'
    ? sha256(`${voice}\n${text}`)
    : sha256(`caller\n${scope.userId}\n${voice}\n${text}`);
}

/**
 * Removes up to `limit` clips past their time, file first, then the record (a file that fails
 * to go keeps its record, so the next sweep tries again). Run before each new clip and on the
 * speech function's timer (CloudBase) or the gateway's.
 */
export async function sweepExpiredClips(
  store: Store,
  files: Files,
  clock: Clock,
  logger: Logger,
  limit = 20,
): Promise<number> {
  const clips = store.collection(speechClipsCollection);
  // Clips recorded before they carried `expiresAt` (then shared by everyone) go too.
  const due = await clips.find(
    { $or: [{ expiresAt: { $lte: clock.now().toISOString() } }, { expiresAt: null }] },
    { limit },
  );
  let removed = 0;
  for (const clip of due.items) {
    try {
      await files.remove(clip.fileId);
      if (await clips.remove(clip._id)) removed++;
    } catch (e) {
      logger.warn({ clipId: clip._id, err: String(e) }, 'speech sweep could not remove a clip');
    }
  }
  return removed;
}

/**
 * The audio of `text` (one piece): the clip made before for the same text and voice (and, for a
 * caller's own text, the same caller), or a new one synthesized now, stored in Files and
 * recorded under its hash. Two callers racing for the same new piece both get one clip: the
 * second's record loses and its file is removed. `cached` is told for published text only: for
 * a caller's own text it would say whether that exact sentence was read before.
 */
export async function clipFor(
  ctx: HandlerContext,
  at: { piece: number; pieces: number; text: string; scope: ClipScope },
): Promise<ReadingPiece> {
  const tts = ctx.textToSpeech;
  if (!tts) throw new ServiceUnavailableError(NOT_SET_UP);
  const clips = ctx.store.collection(speechClipsCollection);
  const key = clipKey(tts.voice, at.text, at.scope);
  const now = ctx.clock.now();
  let clip = await clips.get(key);
  if (clip && !(clip.expiresAt > now.toISOString())) {
    await ctx.files.remove(clip.fileId);
    await clips.remove(key);
    clip = null;
  }
  const cached = clip !== null;
  if (!clip) {
    await enforceRateLimit(ctx.store, ctx.clock, `speech:${ctx.viewerKey}`, NEW_CLIPS_PER_MINUTE);
    await sweepExpiredClips(ctx.store, ctx.files, ctx.clock, ctx.logger);
    let audio;
    try {
      audio = await tts.synthesize(at.text);
    } catch (e) {
      if (!(e instanceof SpeechUnavailableError)) throw e;
      ctx.logger.warn(
        { requestId: ctx.requestId, voice: tts.voice, detail: e.detail },
        'tts failed',
      );
      throw new ServiceUnavailableError(e.reason);
    }
    const stored = await ctx.files.put({
      feature: 'speech',
      owner: at.scope.kind === 'caller' ? at.scope.userId : 'system',
      purpose: 'read-aloud',
      bytes: audio.bytes,
      contentType: audio.mime,
    });
    const ttl = at.scope.kind === 'caller' ? READ_TEXT_CLIP_TTL_MS : PUBLISHED_CLIP_TTL_MS;
    const doc: SpeechClipDoc = {
      fileId: stored.fileId,
      mime: audio.mime,
      bytes: stored.size,
      voice: tts.voice,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ttl).toISOString(),
    };
    try {
      clip = await clips.insert({ _id: key, ...doc });
    } catch (e) {
      if (!isStoreError(e, 'DUPLICATE')) throw e;
      await ctx.files.remove(stored.fileId);
      clip = await clips.get(key);
      if (!clip) throw e;
    }
  }
  return {
    piece: at.piece,
    pieces: at.pieces,
    text: at.text,
    audioUrl: await ctx.files.url(clip.fileId),
    mime: clip.mime,
    bytes: clip.bytes,
    ...(at.scope.kind === 'published' ? { cached } : {}),
  };
}
