import type { ReadingPiece } from '../../shared/src/speech/speech-contract';
import { ServiceUnavailableError } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { enforceRateLimit } from '../platform/runtime/rate-limit';
import { sha256 } from '../platform/runtime/stable-hash';
import { defineCollection, isStoreError } from '../platform/ports/store';
import { SpeechUnavailableError } from '../platform/ports/text-to-speech';

/** One audio clip made for one piece of text in one voice; `_id` is the hash of both. */
export interface SpeechClipDoc {
  fileId: string;
  mime: string;
  bytes: number;
  voice: string;
  createdAt: string;
}

export const speechClipsCollection = defineCollection<SpeechClipDoc>('speech_clips');
export const SPEECH_COLLECTIONS = [speechClipsCollection];

/**
 * New clips one caller may have made per minute (cached clips do not count): enough to listen
 * to a long policy piece after piece, too few to use 朗读 as a free speech service.
 */
export const NEW_CLIPS_PER_MINUTE = 12;

const NOT_SET_UP = '朗读服务还没有开通，请联系管理员。';

/** The cache key of a piece: the voice and the exact text, hashed. */
export function clipKey(voice: string, text: string): string {
  return sha256(`${voice}\n${text}`);
}

/**
 * The audio of `text` (one piece): the clip made before for the same text and voice, or a new one
 * synthesized now, stored in Files and recorded under its hash. Two callers racing for the same
 * new piece both get one clip: the second's record loses and its file is removed.
 */
export async function clipFor(
  ctx: HandlerContext,
  at: { piece: number; pieces: number; text: string },
): Promise<ReadingPiece> {
  const tts = ctx.textToSpeech;
  if (!tts) throw new ServiceUnavailableError(NOT_SET_UP);
  const clips = ctx.store.collection(speechClipsCollection);
  const key = clipKey(tts.voice, at.text);
  let clip = await clips.get(key);
  const cached = clip !== null;
  if (!clip) {
    await enforceRateLimit(ctx.store, ctx.clock, `speech:${ctx.viewerKey}`, NEW_CLIPS_PER_MINUTE);
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
      owner: 'system',
      purpose: 'read-aloud',
      bytes: audio.bytes,
      contentType: audio.mime,
    });
    const doc: SpeechClipDoc = {
      fileId: stored.fileId,
      mime: audio.mime,
      bytes: stored.size,
      voice: tts.voice,
      createdAt: ctx.clock.now().toISOString(),
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
    cached,
  };
}
