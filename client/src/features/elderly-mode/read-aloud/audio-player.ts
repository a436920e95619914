import Taro from '@tarojs/taro';

/** Plays one audio clip at a time (the server's audio of one piece). */
export interface AudioPlayer {
  play(url: string, events: AudioEvents): void;
  pause(): void;
  resume(): void;
  stop(): void;
}

export interface AudioEvents {
  onPlaying: () => void;
  onEnded: () => void;
  onError: (reason: string) => void;
}

/** 0.01 s of silence (8 kHz 8-bit WAV) to play inside the tap, see `prime`. */
const SILENCE =
  'data:audio/wav;base64,UklGRnAAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YUwAAACAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICA';

export const AUDIO_FAILED = '声音放不出来，请检查手机音量或稍后再试';
export const AUDIO_BLOCKED = '手机没让放声音，请再点一次朗读';

/**
 * h5: one `<audio>` element in the page (hidden; `data-psv-read-aloud` marks it, so the e2e can
 * see it play), reused piece after piece and removed on stop.
 */
export function domAudioPlayer(): AudioPlayer & { prime(): void } {
  let audio: HTMLAudioElement | null = null;
  let detach: (() => void) | null = null;
  const element = () => {
    if (!audio) {
      audio = document.createElement('audio');
      audio.setAttribute('data-psv-read-aloud', '');
      audio.preload = 'auto';
      audio.style.display = 'none';
      document.body.appendChild(audio);
    }
    return audio;
  };
  return {
    /**
     * Called inside the tap: iPhones let an element play later (after the piece has been fetched)
     * only if it first played during a tap, so it plays a moment of silence now.
     */
    prime() {
      const a = element();
      a.src = SILENCE;
      void a.play()?.catch(() => undefined);
    },
    play(url, events) {
      detach?.();
      const a = element();
      const onPlaying = () => events.onPlaying();
      const onEnded = () => events.onEnded();
      const onError = () => events.onError(AUDIO_FAILED);
      a.addEventListener('playing', onPlaying);
      a.addEventListener('ended', onEnded);
      a.addEventListener('error', onError);
      detach = () => {
        a.removeEventListener('playing', onPlaying);
        a.removeEventListener('ended', onEnded);
        a.removeEventListener('error', onError);
      };
      a.src = url;
      void a.play()?.catch((e: unknown) => {
        const name = e instanceof Error ? e.name : '';
        if (name === 'NotAllowedError') events.onError(AUDIO_BLOCKED);
        // AbortError: a newer play() or a stop took over; other errors come as 'error' events.
      });
    },
    pause: () => audio?.pause(),
    resume: () => void audio?.play()?.catch(() => undefined),
    stop() {
      detach?.();
      detach = null;
      if (audio) {
        audio.pause();
        audio.removeAttribute('src');
        audio.remove();
        audio = null;
      }
    },
  };
}

/** weapp: WeChat's InnerAudioContext (there is no speechSynthesis in the mini-program). */
export function innerAudioPlayer(): AudioPlayer {
  let ctx: Taro.InnerAudioContext | null = null;
  return {
    play(url, events) {
      ctx?.destroy();
      // Play even with the phone's silent switch on: 朗读 is what the user asked for.
      void Taro.setInnerAudioOption?.({ obeyMuteSwitch: false })?.catch?.(() => undefined);
      const c = Taro.createInnerAudioContext();
      ctx = c;
      c.onPlay(() => events.onPlaying());
      c.onEnded(() => events.onEnded());
      c.onError(() => events.onError(AUDIO_FAILED));
      c.src = url;
      c.play();
    },
    pause: () => ctx?.pause(),
    resume: () => ctx?.play(),
    stop() {
      ctx?.stop();
      ctx?.destroy();
      ctx = null;
    },
  };
}
