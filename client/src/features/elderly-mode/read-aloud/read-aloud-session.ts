/**
 * 朗读 as a small state machine, the same for the phone's voice and the server's audio: piece
 * after piece, with pause / continue / stop, and a failure that always says why. No React here.
 */

export type ReadAloudState =
  | { kind: 'idle' }
  | { kind: 'loading'; piece: number; pieces: number | null }
  | { kind: 'playing'; piece: number; pieces: number }
  | { kind: 'paused'; piece: number; pieces: number }
  | { kind: 'failed'; reason: string }
  | { kind: 'done' };

/** One piece ready to play. */
export interface PieceTrack {
  pieces: number;
  play(events: {
    onPlaying: () => void;
    onEnded: () => void;
    onError: (reason: string) => void;
  }): void;
  pause(): void;
  resume(): void;
  stop(): void;
}

export type LoadPiece = (
  piece: number,
) => Promise<{ ok: true; track: PieceTrack } | { ok: false; reason: string }>;

export interface ReadAloudSession {
  state(): ReadAloudState;
  start(): void;
  pause(): void;
  resume(): void;
  stop(): void;
}

export function createReadAloudSession(
  load: LoadPiece,
  onChange: (state: ReadAloudState) => void,
  /** Frees what the engine holds (the page's audio element) once stopped. */
  release: () => void = () => undefined,
): ReadAloudSession {
  let state: ReadAloudState = { kind: 'idle' };
  let run = 0;
  let track: PieceTrack | null = null;
  /** The next piece, asked for while this one plays (a weak network has it ready in time). */
  let next: { piece: number; loading: ReturnType<LoadPiece> } | null = null;

  const set = (s: ReadAloudState) => {
    state = s;
    onChange(s);
  };
  const loadPiece = (piece: number) => {
    if (next?.piece === piece) {
      const loading = next.loading;
      next = null;
      return loading;
    }
    return load(piece).catch(() => ({ ok: false as const, reason: '网络不太好，没有取到声音' }));
  };

  async function playFrom(piece: number, pieces: number | null, myRun: number) {
    set({ kind: 'loading', piece, pieces });
    const loaded = await loadPiece(piece);
    if (myRun !== run) return;
    if (!loaded.ok) {
      set({ kind: 'failed', reason: loaded.reason });
      return;
    }
    const t = loaded.track;
    track = t;
    t.play({
      onPlaying: () => {
        if (myRun !== run) return;
        if (state.kind === 'paused') return;
        set({ kind: 'playing', piece, pieces: t.pieces });
        if (piece + 1 < t.pieces && next?.piece !== piece + 1) {
          next = {
            piece: piece + 1,
            loading: load(piece + 1).catch(() => ({
              ok: false as const,
              reason: '网络不太好，没有取到声音',
            })),
          };
        }
      },
      onEnded: () => {
        if (myRun !== run) return;
        if (piece + 1 < t.pieces) void playFrom(piece + 1, t.pieces, myRun);
        else {
          track = null;
          set({ kind: 'done' });
        }
      },
      onError: (reason) => {
        if (myRun !== run) return;
        t.stop();
        track = null;
        set({ kind: 'failed', reason });
      },
    });
  }

  return {
    state: () => state,
    start() {
      track?.stop();
      track = null;
      next = null;
      run += 1;
      void playFrom(0, null, run);
    },
    pause() {
      if (state.kind !== 'playing') return;
      track?.pause();
      set({ kind: 'paused', piece: state.piece, pieces: state.pieces });
    },
    resume() {
      if (state.kind !== 'paused') return;
      track?.resume();
      set({ kind: 'playing', piece: state.piece, pieces: state.pieces });
    },
    stop() {
      run += 1;
      track?.stop();
      track = null;
      next = null;
      release();
      if (state.kind !== 'idle') set({ kind: 'idle' });
    },
  };
}

/** The line under the button: 正在朗读 / 已暂停 / 朗读失败（原因）… */
export function readAloudStatus(state: ReadAloudState): string | null {
  const of = (piece: number, pieces: number | null) =>
    pieces && pieces > 1 ? `（第 ${piece + 1} 段，共 ${pieces} 段）` : '';
  switch (state.kind) {
    case 'idle':
      return null;
    case 'loading':
      return `正在准备声音…${of(state.piece, state.pieces)}`;
    case 'playing':
      return `正在朗读${of(state.piece, state.pieces)}`;
    case 'paused':
      return `已暂停${of(state.piece, state.pieces)}`;
    case 'failed':
      return `朗读失败（${state.reason.replace(/[。.]$/, '')}）`;
    case 'done':
      return '读完了';
  }
}
