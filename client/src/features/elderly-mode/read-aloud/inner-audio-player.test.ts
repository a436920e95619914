import Taro from '@tarojs/taro';
import { AUDIO_FAILED, innerAudioPlayer } from './audio-player';

/** WeChat's InnerAudioContext is outside the project: a stand-in that behaves as documented. */
function fakeContext() {
  const handlers: Record<string, () => void> = {};
  const calls: string[] = [];
  const ctx = {
    src: '',
    onPlay: (f: () => void) => (handlers.play = f),
    onEnded: (f: () => void) => (handlers.ended = f),
    onError: (f: () => void) => (handlers.error = f),
    play: () => calls.push(`play ${ctx.src}`),
    pause: () => calls.push('pause'),
    stop: () => calls.push('stop'),
    destroy: () => calls.push('destroy'),
  };
  return { ctx, handlers, calls };
}

test('weapp plays the server audio with InnerAudioContext and forwards its events', () => {
  const made: ReturnType<typeof fakeContext>[] = [];
  const taro = Taro as unknown as Record<string, unknown>;
  taro.createInnerAudioContext = () => {
    const f = fakeContext();
    made.push(f);
    return f.ctx;
  };
  taro.setInnerAudioOption = jest.fn(() => Promise.resolve());
  const player = innerAudioPlayer();
  const events = { onPlaying: jest.fn(), onEnded: jest.fn(), onError: jest.fn() };
  player.play('https://example.tcb.qcloud.la/speech/a.mp3', events);
  expect(taro.setInnerAudioOption).toHaveBeenCalledWith({ obeyMuteSwitch: false });
  const first = made[0]!;
  expect(first.calls).toEqual(['play https://example.tcb.qcloud.la/speech/a.mp3']);
  first.handlers.play!();
  first.handlers.ended!();
  first.handlers.error!();
  expect(events.onPlaying).toHaveBeenCalled();
  expect(events.onEnded).toHaveBeenCalled();
  expect(events.onError).toHaveBeenCalledWith(AUDIO_FAILED);
  player.pause();
  player.resume();
  expect(first.calls.slice(1)).toEqual([
    'pause',
    'play https://example.tcb.qcloud.la/speech/a.mp3',
  ]);
  // The next piece gets a fresh context; the old one is released.
  player.play('https://example.tcb.qcloud.la/speech/b.mp3', events);
  expect(first.calls).toContain('destroy');
  player.stop();
  expect(made[1]!.calls).toEqual([
    'play https://example.tcb.qcloud.la/speech/b.mp3',
    'stop',
    'destroy',
  ]);
  delete taro.createInnerAudioContext;
  delete taro.setInnerAudioOption;
});
