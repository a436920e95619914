import { randomUUID } from 'node:crypto';
import { splitForReading } from '../../../../shared/src/speech/reading-pieces';
import type { SpeechAudio, TextToSpeech } from '../../ports/text-to-speech';
import { SpeechUnavailableError } from '../../ports/text-to-speech';
import { TC3_CONTENT_TYPE, tc3Authorization } from './tc3-signature';

/** TextToVoice takes at most 150 Chinese characters a request (full-width marks count as one). */
export const TEXT_TO_VOICE_MAX_CHARS = 150;

/** One set of keys; a cloud function's role gets temporary ones with a token (X-TC-Token). */
export interface TencentCredentials {
  secretId: string;
  secretKey: string;
  sessionToken?: string;
}

export interface TencentSpeechConfig {
  /**
   * The keys as they are now, asked for on every request: a cloud function's temporary keys
   * expire and are renewed while an instance stays warm. Null: none set any more.
   */
  credentials: () => TencentCredentials | null;
  region: string;
  /** The voice (音色 ID). */
  voiceType: number;
  /** -2 … 6; -1 is 0.8× (slower, for elderly listeners). */
  speed: number;
  /** Default `https://tts.tencentcloudapi.com`; a test's fake endpoint otherwise. */
  endpoint?: string;
  timeoutMs?: number;
}

interface TextToVoiceAnswer {
  Response?: {
    Audio?: string;
    SessionId?: string;
    RequestId?: string;
    Error?: { Code?: string; Message?: string };
  };
}

const UNAVAILABLE = '语音合成服务暂时不可用，请稍后再试。';

/**
 * Production voice: Tencent Cloud speech synthesis (TextToVoice, version 2019-08-23) by signed
 * HTTPS calls (TC3-HMAC-SHA256), MP3 at 16 kHz. Text longer than one request takes is sent in
 * whole sentences of at most 150 characters, one after another, and the MP3 parts joined (MP3
 * frames play back to back).
 */
export function createTencentTextToSpeech(config: TencentSpeechConfig): TextToSpeech {
  const endpoint = new URL(config.endpoint ?? 'https://tts.tencentcloudapi.com');
  const timeoutMs = config.timeoutMs ?? 8_000;

  /** One signed request with `keys`: the audio, or the service's error code and message. */
  async function request(
    keys: TencentCredentials,
    body: string,
  ): Promise<{ audio: Buffer } | { code: string; detail: string }> {
    const timestamp = Math.floor(Date.now() / 1000);
    const authorization = tc3Authorization({
      secretId: keys.secretId,
      secretKey: keys.secretKey,
      service: 'tts',
      host: endpoint.hostname,
      action: 'TextToVoice',
      timestamp,
      body,
    });
    let answer: TextToVoiceAnswer;
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          authorization,
          'content-type': TC3_CONTENT_TYPE,
          'x-tc-action': 'TextToVoice',
          'x-tc-version': '2019-08-23',
          'x-tc-timestamp': String(timestamp),
          'x-tc-region': config.region,
          ...(keys.sessionToken ? { 'x-tc-token': keys.sessionToken } : {}),
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      answer = (await response.json()) as TextToVoiceAnswer;
    } catch (e) {
      throw new SpeechUnavailableError(UNAVAILABLE, `TextToVoice: ${(e as Error).name}`);
    }
    const error = answer.Response?.Error;
    if (error) {
      const code = error.Code ?? '?';
      return {
        code,
        detail: `TextToVoice ${code}: ${(error.Message ?? '').slice(0, 200)} (${answer.Response?.RequestId ?? ''})`,
      };
    }
    const audio = answer.Response?.Audio;
    if (typeof audio !== 'string' || !audio)
      throw new SpeechUnavailableError(UNAVAILABLE, 'TextToVoice answered without audio');
    return { audio: Buffer.from(audio, 'base64') };
  }

  const current = (): TencentCredentials => {
    const keys = config.credentials();
    if (!keys) throw new SpeechUnavailableError(UNAVAILABLE, 'no Tencent Cloud credentials set');
    return keys;
  };
  const same = (a: TencentCredentials, b: TencentCredentials) =>
    a.secretId === b.secretId && a.secretKey === b.secretKey && a.sessionToken === b.sessionToken;

  async function textToVoice(text: string): Promise<Buffer> {
    const body = JSON.stringify({
      Text: text,
      SessionId: randomUUID(),
      ModelType: 1,
      VoiceType: config.voiceType,
      PrimaryLanguage: 1,
      SampleRate: 16000,
      Codec: 'mp3',
      Speed: config.speed,
    });
    const keys = current();
    let answer = await request(keys, body);
    // Keys that expired between reading and signing: once more with the renewed ones, if any.
    if ('code' in answer && answer.code.startsWith('AuthFailure')) {
      const renewed = current();
      if (!same(keys, renewed)) answer = await request(renewed, body);
    }
    if ('code' in answer) throw new SpeechUnavailableError(UNAVAILABLE, answer.detail);
    return answer.audio;
  }

  return {
    voice: `tencent:${config.voiceType}:${config.speed}`,
    async synthesize(text): Promise<SpeechAudio> {
      const parts = splitForReading(text, TEXT_TO_VOICE_MAX_CHARS);
      if (parts.length === 0) throw new SpeechUnavailableError('没有可朗读的文字。', 'empty text');
      const clips: Buffer[] = [];
      for (const part of parts) clips.push(await textToVoice(part));
      return { bytes: Buffer.concat(clips), mime: 'audio/mpeg' };
    },
  };
}
