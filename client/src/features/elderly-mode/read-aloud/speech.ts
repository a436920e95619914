/** Reading text aloud where the platform has a speech engine (h5: the Web Speech API). */
export interface Speech {
  supported: boolean;
  speak(text: string, onEnd: () => void): void;
  stop(): void;
}

export const READ_ALOUD_UNAVAILABLE = '本机暂不支持朗读，可开启微信的“听”功能或请家人帮读。';

export function browserSpeech(): Speech {
  const synth =
    typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
  const Utterance =
    typeof window !== 'undefined' && 'SpeechSynthesisUtterance' in window
      ? window.SpeechSynthesisUtterance
      : null;
  if (!synth || !Utterance) {
    return { supported: false, speak: () => undefined, stop: () => undefined };
  }
  return {
    supported: true,
    speak(text, onEnd) {
      synth.cancel();
      const utterance = new Utterance(text);
      utterance.lang = 'zh-CN';
      utterance.rate = 0.9;
      const chinese = synth.getVoices().find((voice) => voice.lang.toLowerCase().startsWith('zh'));
      if (chinese) utterance.voice = chinese;
      utterance.onend = onEnd;
      utterance.onerror = onEnd;
      synth.speak(utterance);
    },
    stop() {
      synth.cancel();
    },
  };
}

export function noSpeech(): Speech {
  return { supported: false, speak: () => undefined, stop: () => undefined };
}
