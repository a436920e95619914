import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReadingPiece } from '@shared/speech/speech-contract';
import type { ClientCallResult } from '../../../api/client-call-result';
import type { AudioEvents, AudioPlayer } from './audio-player';
import { domAudioPlayer } from './audio-player';
import { ReadAloud } from './read-aloud';
import { audioPieces, serverPieceFetcher, voicePieces } from './read-aloud-engines';
import type { Speech, SpeechEvents } from './speech';

/** A player standing in for the phone's audio: it records what it was asked and lets the test drive its events. */
function fakePlayer() {
  const played: string[] = [];
  let events: AudioEvents | null = null;
  const calls: string[] = [];
  const player: AudioPlayer = {
    play(url, e) {
      played.push(url);
      events = e;
    },
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    stop: () => calls.push('stop'),
  };
  return { player, played, calls, events: () => events! };
}

const piece = (n: number, of: number): ReadingPiece => ({
  piece: n,
  pieces: of,
  text: `第${n}段`,
  audioUrl: `/files/speech/clip-${n}.wav`,
  mime: 'audio/wav',
  bytes: 1000,
  cached: false,
});

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
const status = () => screen.getByTestId('read-aloud-status').textContent;
const state = () => screen.getByTestId('read-aloud').getAttribute('data-state');

test('server audio: 正在朗读 piece by piece, 已暂停 and 继续, 读完了 at the end', async () => {
  const p = fakePlayer();
  const asked: number[] = [];
  const fetchPiece = (n: number): Promise<ClientCallResult<ReadingPiece>> => {
    asked.push(n);
    return Promise.resolve({ ok: true, data: piece(n, 2) });
  };
  render(<ReadAloud text="教育资助政策" load={audioPieces(fetchPiece, p.player)} />);
  fireEvent.click(screen.getByTestId('read-aloud-start'));
  expect(status()).toBe('正在准备声音…');
  await flush();
  expect(p.played).toEqual(['/files/speech/clip-0.wav']);
  act(() => p.events().onPlaying());
  expect(state()).toBe('playing');
  expect(status()).toBe('正在朗读（第 1 段，共 2 段）');
  // The next piece is asked for while this one plays.
  await flush();
  expect(asked).toEqual([0, 1]);

  fireEvent.click(screen.getByTestId('read-aloud-pause'));
  expect(status()).toBe('已暂停（第 1 段，共 2 段）');
  expect(p.calls).toContain('pause');
  fireEvent.click(screen.getByTestId('read-aloud-resume'));
  expect(status()).toBe('正在朗读（第 1 段，共 2 段）');
  expect(p.calls).toContain('resume');

  act(() => p.events().onEnded());
  await flush();
  expect(p.played).toEqual(['/files/speech/clip-0.wav', '/files/speech/clip-1.wav']);
  expect(asked).toEqual([0, 1]); // the prefetched answer was used
  act(() => p.events().onPlaying());
  expect(status()).toBe('正在朗读（第 2 段，共 2 段）');
  act(() => p.events().onEnded());
  expect(status()).toBe('读完了');
  expect(screen.getByTestId('read-aloud-start')).toBeTruthy();
});

test('a refusal from the server shows 朗读失败 with its reason, and 再试一次', async () => {
  const p = fakePlayer();
  const fetchPiece = (): Promise<ClientCallResult<ReadingPiece>> =>
    Promise.resolve({
      ok: false,
      error: { code: 'INTERNAL', message: '朗读暂时用不了，请稍后再试。' },
    });
  render(<ReadAloud text="政策" load={audioPieces(fetchPiece, p.player)} />);
  fireEvent.click(screen.getByTestId('read-aloud-start'));
  await flush();
  expect(status()).toBe('朗读失败（朗读暂时用不了，请稍后再试）');
  expect(screen.getByRole('alert')).toBeTruthy();
  expect(screen.getByText('🔊 再试一次')).toBeTruthy();
  expect(p.played).toEqual([]);
});

test('too many new clips in a minute: the villager is told to wait a minute', async () => {
  const p = fakePlayer();
  const limited = (): Promise<ClientCallResult<ReadingPiece>> =>
    Promise.resolve({ ok: false, error: { code: 'RATE_LIMITED', message: 'x' } });
  render(<ReadAloud text="政策" load={audioPieces(limited, p.player)} />);
  fireEvent.click(screen.getByTestId('read-aloud-start'));
  await flush();
  expect(status()).toBe('朗读失败（点得太快了，请等一分钟再听）');
});

test('no network and an audio error are failures with reasons too', async () => {
  const p = fakePlayer();
  const offline = (): Promise<ClientCallResult<ReadingPiece>> =>
    Promise.resolve({ ok: false, error: { code: 'NETWORK', message: 'x' } });
  const { unmount } = render(<ReadAloud text="政策" load={audioPieces(offline, p.player)} />);
  fireEvent.click(screen.getByTestId('read-aloud-start'));
  await flush();
  expect(status()).toBe('朗读失败（网络不太好，没有取到声音，请稍后再试）');
  unmount();

  const ok = (): Promise<ClientCallResult<ReadingPiece>> =>
    Promise.resolve({ ok: true, data: piece(0, 1) });
  render(<ReadAloud text="政策" load={audioPieces(ok, p.player)} />);
  fireEvent.click(screen.getByTestId('read-aloud-start'));
  await flush();
  act(() => p.events().onError('声音放不出来，请检查手机音量或稍后再试'));
  expect(status()).toBe('朗读失败（声音放不出来，请检查手机音量或稍后再试）');
});

test('停止 stops the audio and late answers of the stopped reading are ignored', async () => {
  const p = fakePlayer();
  let answer: (r: ClientCallResult<ReadingPiece>) => void = () => undefined;
  const slow = () => new Promise<ClientCallResult<ReadingPiece>>((r) => (answer = r));
  render(<ReadAloud text="政策" load={audioPieces(slow, p.player)} />);
  fireEvent.click(screen.getByTestId('read-aloud-start'));
  fireEvent.click(screen.getByTestId('read-aloud-stop'));
  expect(screen.queryByTestId('read-aloud-status')).toBeNull();
  answer({ ok: true, data: piece(0, 1) });
  await flush();
  expect(p.played).toEqual([]);
  expect(state()).toBe('idle');
});

test("the phone's own voice reads the text in pieces, with pause and continue", async () => {
  const spoken: string[] = [];
  let events: SpeechEvents | null = null;
  const calls: string[] = [];
  const speech: Speech = {
    supported: true,
    speak: (text, e) => {
      spoken.push(text);
      events = e;
    },
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    stop: () => calls.push('stop'),
  };
  const text = `${'第一句话。'.repeat(15)}${'第二句话。'.repeat(15)}`;
  render(<ReadAloud text={text} load={voicePieces(text, speech)} />);
  fireEvent.click(screen.getByTestId('read-aloud-start'));
  await flush();
  act(() => events!.onStart());
  expect(status()).toBe('正在朗读（第 1 段，共 2 段）');
  fireEvent.click(screen.getByTestId('read-aloud-pause'));
  expect(calls).toEqual(['pause']);
  fireEvent.click(screen.getByTestId('read-aloud-resume'));
  act(() => events!.onEnd());
  await flush();
  expect(spoken.join('')).toBe(text);
});

test('short texts go as readText piece by piece; published ones by their source', async () => {
  const read = jest.fn((p: { piece: number }) =>
    Promise.resolve({ ok: true as const, data: piece(p.piece, 3) }),
  );
  const readText = jest.fn((p: { text: string }) =>
    Promise.resolve({ ok: true as const, data: { ...piece(0, 1), text: p.text } }),
  );
  const bySource = serverPieceFetcher(
    { read, readText },
    { source: { kind: 'policy', policyId: 'rain-dew-plan' } },
  );
  await bySource(2);
  expect(read).toHaveBeenCalledWith({
    source: { kind: 'policy', policyId: 'rain-dew-plan' },
    piece: 2,
  });
  const text = '问题一。'.repeat(40);
  const byText = serverPieceFetcher({ read, readText }, { text });
  const second = await byText(1);
  expect(second).toMatchObject({ ok: true, data: { piece: 1, pieces: 2 } });
  expect(readText.mock.calls[0]![0].text.length).toBeLessThanOrEqual(100);
});

test('h5 audio is one hidden <audio> in the page, removed on stop', () => {
  const player = domAudioPlayer();
  const play = jest
    .spyOn(window.HTMLMediaElement.prototype, 'play')
    .mockImplementation(() => Promise.resolve());
  jest.spyOn(window.HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
  const onPlaying = jest.fn();
  player.play('/files/speech/a.wav', { onPlaying, onEnded: jest.fn(), onError: jest.fn() });
  const audio = document.querySelector('audio[data-psv-read-aloud]') as HTMLAudioElement;
  expect(audio.getAttribute('src')).toBe('/files/speech/a.wav');
  expect(play).toHaveBeenCalled();
  audio.dispatchEvent(new Event('playing'));
  expect(onPlaying).toHaveBeenCalled();
  player.stop();
  expect(document.querySelector('audio[data-psv-read-aloud]')).toBeNull();
});

test('another text (the next chapter or question) stops the reading of the old one', async () => {
  const p = fakePlayer();
  const ok = (): Promise<ClientCallResult<ReadingPiece>> =>
    Promise.resolve({ ok: true, data: piece(0, 1) });
  const load = audioPieces(ok, p.player);
  const { rerender } = render(<ReadAloud text="第一章" load={load} />);
  fireEvent.click(screen.getByTestId('read-aloud-start'));
  await flush();
  act(() => p.events().onPlaying());
  expect(state()).toBe('playing');
  rerender(<ReadAloud text="第二章" load={load} />);
  expect(p.calls).toContain('stop');
  expect(state()).toBe('idle');
});
