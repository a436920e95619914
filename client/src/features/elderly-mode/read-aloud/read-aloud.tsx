import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidHide } from '@tarojs/taro';
import type { ReadingSource } from '@shared/speech/speech-contract';
import { api } from '../../../api/api';
import { clientEnv } from '../../../env';
import { domAudioPlayer, innerAudioPlayer } from './audio-player';
import { audioPieces, serverPieceFetcher, voicePieces } from './read-aloud-engines';
import type { LoadPiece, ReadAloudSession, ReadAloudState } from './read-aloud-session';
import { createReadAloudSession, readAloudStatus } from './read-aloud-session';
import { browserSpeech } from './speech';
import './read-aloud.css';

export interface ReadAloudProps {
  /** The text to read, e.g. a policy explainer or an exhibit story (the phone's voice reads it). */
  text: string;
  /** Where published text comes from; the server then reads it (anyone may). Without it, `text` (signed in). */
  source?: ReadingSource;
  /** For tests and other platforms: how pieces are had (default: this platform's). */
  load?: LoadPiece;
  /** The button's words (default 🔊 朗读). */
  label?: string;
}

/**
 * The platform's way to read: h5 speaks with the browser's Chinese voice when it has one and plays
 * the server's audio otherwise; the mini-program (no speechSynthesis) always plays the server's
 * audio with InnerAudioContext.
 */
function platformPieces(
  text: string,
  source: ReadingSource | undefined,
): { load: LoadPiece; release: () => void } {
  const fetchPiece = serverPieceFetcher(api.speech, source ? { source } : { text });
  if (clientEnv.platform !== 'h5') {
    const player = innerAudioPlayer();
    return { load: audioPieces(fetchPiece, player), release: () => player.stop() };
  }
  const speech = browserSpeech();
  if (speech.supported) return { load: voicePieces(text, speech), release: () => speech.stop() };
  const player = domAudioPlayer();
  player.prime();
  return { load: audioPieces(fetchPiece, player), release: () => player.stop() };
}

/** A 朗读 control: 正在朗读 / 已暂停 / 朗读失败（原因）, with 暂停, 继续 and 停止; never silent. */
export function ReadAloud({ text, source, load, label = '🔊 朗读' }: ReadAloudProps) {
  const [state, setState] = useState<ReadAloudState>({ kind: 'idle' });
  const session = useRef<ReadAloudSession | null>(null);
  const sourceKey = source ? JSON.stringify(source) : '';
  // A new text (the next question, another chapter) stops the reading of the old one.
  useEffect(() => {
    return () => {
      session.current?.stop();
      session.current = null;
      setState({ kind: 'idle' });
    };
  }, [text, sourceKey]);

  const start = () => {
    session.current?.stop();
    // Chosen inside the tap: the browser lists its voices only some time after the page opens,
    // and an iPhone lets audio play later only if it started within a tap.
    const engine = load ? { load, release: () => undefined } : platformPieces(text, source);
    session.current = createReadAloudSession(engine.load, setState, engine.release);
    session.current.start();
  };
  // Another page opened on top (a card of the reader, a link): this page's reading stops.
  useDidHide(() => session.current?.stop());
  const status = readAloudStatus(state);
  const active = state.kind === 'playing' || state.kind === 'paused' || state.kind === 'loading';

  return (
    <View className="psv-read-aloud" data-testid="read-aloud" data-state={state.kind}>
      <View className="psv-read-aloud__row">
        {!active && (
          <View
            className="psv-button psv-read-aloud__button"
            data-testid="read-aloud-start"
            onClick={start}
            aria-label="朗读这段文字"
          >
            <Text>{state.kind === 'failed' ? '🔊 再试一次' : label}</Text>
          </View>
        )}
        {state.kind === 'playing' && (
          <View
            className="psv-button psv-read-aloud__button"
            data-testid="read-aloud-pause"
            onClick={() => session.current?.pause()}
          >
            <Text>暂停</Text>
          </View>
        )}
        {state.kind === 'paused' && (
          <View
            className="psv-button psv-button--primary psv-read-aloud__button"
            data-testid="read-aloud-resume"
            onClick={() => session.current?.resume()}
          >
            <Text>继续</Text>
          </View>
        )}
        {active && (
          <View
            className="psv-button psv-read-aloud__button"
            data-testid="read-aloud-stop"
            onClick={() => session.current?.stop()}
          >
            <Text>停止</Text>
          </View>
        )}
      </View>
      {status && (
        <View
          className={`psv-read-aloud__status${state.kind === 'failed' ? ' psv-read-aloud__status--failed' : ''}`}
          data-testid="read-aloud-status"
          role={state.kind === 'failed' ? 'alert' : 'status'}
        >
          <Text>{status}</Text>
        </View>
      )}
    </View>
  );
}
