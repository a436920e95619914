/** The TextToSpeech port: text in, an audio clip out (espeak-ng locally, Tencent Cloud in production). */

export interface SpeechAudio {
  bytes: Buffer;
  /** `audio/wav` or `audio/mpeg`. */
  mime: string;
}

export interface TextToSpeech {
  /**
   * Names the engine and voice (`espeak-ng:cmn`, `tencent:101001`): part of the cache key, so a
   * clip made with one voice is never played for another.
   */
  readonly voice: string;
  /** Speaks `text` (any length; an adapter splits it as its engine needs). */
  synthesize(text: string): Promise<SpeechAudio>;
}

/**
 * The engine could not speak: not installed, not configured, or the service refused. `reason` is
 * a short Chinese sentence fit to show a villager (shown as 朗读失败（…）); details go to the log.
 */
export class SpeechUnavailableError extends Error {
  constructor(
    readonly reason: string,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'SpeechUnavailableError';
  }
}
