/**
 * The phone's own voice (h5: the Web Speech API), used when it has a Chinese voice; without one
 * 朗读 plays the server's audio instead (see read-aloud-engines.ts).
 */
export interface Speech {
  /** True when the platform can speak Chinese by itself. */
  supported: boolean;
  speak(text: string, events: SpeechEvents): void;
  pause(): void;
  resume(): void;
  stop(): void;
}

export interface SpeechEvents {
  onStart: () => void;
  onEnd: () => void;
  onError: (reason: string) => void;
}

const NOTHING: Speech = {
  supported: false,
  speak: (_text, events) => events.onError('本机不能朗读'),
  pause: () => undefined,
  resume: () => undefined,
  stop: () => undefined,
};

export function noSpeech(): Speech {
  return NOTHING;
}

/** A Chinese voice of the browser, or null (headless Chromium and many Android browsers have none). */
function chineseVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | null {
  return synth.getVoices().find((voice) => voice.lang.toLowerCase().startsWith('zh')) ?? null;
}

export function browserSpeech(): Speech {
  const synth =
    typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
  const Utterance =
    typeof window !== 'undefined' && 'SpeechSynthesisUtterance' in window
      ? window.SpeechSynthesisUtterance
      : null;
  const voice = synth ? chineseVoice(synth) : null;
  if (!synth || !Utterance || !voice) return NOTHING;
  return {
    supported: true,
    speak(text, events) {
      synth.cancel();
      const utterance = new Utterance(text);
      utterance.lang = 'zh-CN';
      utterance.rate = 0.9;
      utterance.voice = voice;
      utterance.onstart = events.onStart;
      utterance.onend = events.onEnd;
      utterance.onerror = (e) => {
        // `interrupted` / `canceled`: we stopped it ourselves.
        if (e.error !== 'interrupted' && e.error !== 'canceled') events.onError('本机的声音出错了');
      };
      synth.speak(utterance);
    },
    pause: () => synth.pause(),
    resume: () => synth.resume(),
    stop: () => synth.cancel(),
  };
}
