import type { ReadingSource } from '@shared/speech/speech-contract';
import type { ReadingPiece } from '@shared/speech/speech-contract';
import { splitForReading } from '@shared/speech/reading-pieces';
import type { ClientCallResult } from '../../../api/client-call-result';
import type { AudioPlayer } from './audio-player';
import type { LoadPiece, PieceTrack } from './read-aloud-session';
import type { Speech } from './speech';

/** Why the server's audio could not be had, in words for the listener. */
export function reasonOf(error: { code: string; message: string }): string {
  switch (error.code) {
    case 'NETWORK':
      return '网络不太好，没有取到声音，请稍后再试';
    case 'UNAUTHENTICATED':
      return '请先登录，再用朗读';
    case 'RATE_LIMITED':
      return '点得太快了，请等一分钟再听';
    default:
      return error.message || '没有取到声音，请稍后再试';
  }
}

/** The phone's own voice, piece by piece of the text split here. */
export function voicePieces(text: string, speech: Speech): LoadPiece {
  const pieces = splitForReading(text);
  return (piece) => {
    const at = pieces[piece];
    if (at === undefined) return Promise.resolve({ ok: false, reason: '这里没有可朗读的文字' });
    const track: PieceTrack = {
      pieces: pieces.length,
      play: (events) =>
        speech.speak(at, {
          onStart: events.onPlaying,
          onEnd: events.onEnded,
          onError: events.onError,
        }),
      pause: () => speech.pause(),
      resume: () => speech.resume(),
      stop: () => speech.stop(),
    };
    return Promise.resolve({ ok: true, track });
  };
}

export type FetchPiece = (piece: number) => Promise<ClientCallResult<ReadingPiece>>;

/**
 * The server's audio (speech.read for published text by its source, speech.readText for a short
 * text the app shows, sent piece by piece as split here so each piece is one cached clip).
 */
export function serverPieceFetcher(
  api: {
    read: (p: { source: ReadingSource; piece: number }) => Promise<ClientCallResult<ReadingPiece>>;
    readText: (p: { text: string }) => Promise<ClientCallResult<ReadingPiece>>;
  },
  what: { source: ReadingSource } | { text: string },
): FetchPiece {
  if ('source' in what) return (piece) => api.read({ source: what.source, piece });
  const pieces = splitForReading(what.text);
  return async (piece) => {
    const at = pieces[piece];
    if (at === undefined) {
      return {
        ok: false,
        error: { code: 'VALIDATION_FAILED', message: '这里没有可朗读的文字' },
      };
    }
    const r = await api.readText({ text: at });
    return r.ok ? { ok: true, data: { ...r.data, piece, pieces: pieces.length } } : r;
  };
}

export function audioPieces(fetchPiece: FetchPiece, player: AudioPlayer): LoadPiece {
  return async (piece) => {
    const r = await fetchPiece(piece);
    if (!r.ok) return { ok: false, reason: reasonOf(r.error) };
    const { audioUrl, pieces } = r.data;
    const track: PieceTrack = {
      pieces,
      play: (events) => player.play(audioUrl, events),
      pause: () => player.pause(),
      resume: () => player.resume(),
      stop: () => player.stop(),
    };
    return { ok: true, track };
  };
}
