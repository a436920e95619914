import { spawn } from 'node:child_process';
import type { SpeechAudio, TextToSpeech } from '../../ports/text-to-speech';
import { SpeechUnavailableError } from '../../ports/text-to-speech';
import { halveSampleRate, readPcm16Wav, writePcm16Wav } from './wav-pcm';

export interface EspeakOptions {
  /** The program (default `espeak-ng` on PATH). */
  command?: string;
  /** Debian's espeak-ng-data names the Mandarin voice `cmn` (also `zh`, `zh-cmn`). */
  voice?: string;
  /** Words per minute; slower than espeak's 175 for elderly listeners. */
  wordsPerMinute?: number;
  /** Longest a synthesis may take before it is stopped. */
  timeoutMs?: number;
}

const NOT_INSTALLED = '服务器没有装朗读程序 espeak-ng，请联系管理员。';
const FAILED = '朗读程序出错了，请稍后再试。';

/**
 * Local mode's voice: Debian's `espeak-ng` with its Mandarin voice, text through stdin (never on
 * the command line), WAV from stdout. espeak writes 22,050 Hz; the clip is halved to 11,025 Hz
 * (≈ 22 KB a second instead of 44: speech stays clear, and no encoder package is needed).
 */
export function createEspeakTextToSpeech(options: EspeakOptions = {}): TextToSpeech {
  const command = options.command ?? 'espeak-ng';
  const voice = options.voice ?? 'cmn';
  const wpm = options.wordsPerMinute ?? 150;
  const timeoutMs = options.timeoutMs ?? 20_000;
  return {
    voice: `espeak-ng:${voice}:${wpm}`,
    synthesize(text) {
      return new Promise<SpeechAudio>((resolve, reject) => {
        const chunks: Buffer[] = [];
        let stderr = '';
        const child = spawn(command, ['-v', voice, '-s', String(wpm), '--stdin', '--stdout'], {
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        timer.unref();
        child.stdout.on('data', (c: Buffer) => chunks.push(c));
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8').slice(0, 500)));
        child.on('error', (e: NodeJS.ErrnoException) => {
          clearTimeout(timer);
          reject(
            new SpeechUnavailableError(
              e.code === 'ENOENT' ? NOT_INSTALLED : FAILED,
              `${command}: ${e.code ?? e.message}`,
            ),
          );
        });
        child.on('close', (code, signal) => {
          clearTimeout(timer);
          if (code !== 0) {
            reject(
              new SpeechUnavailableError(
                FAILED,
                `${command} exited ${code ?? signal}: ${stderr.trim()}`,
              ),
            );
            return;
          }
          try {
            const pcm = readPcm16Wav(Buffer.concat(chunks));
            const smaller = pcm.sampleRate >= 16_000 ? halveSampleRate(pcm) : pcm;
            resolve({ bytes: writePcm16Wav(smaller), mime: 'audio/wav' });
          } catch (e) {
            reject(new SpeechUnavailableError(FAILED, `${command}: ${(e as Error).message}`));
          }
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(`${text}\n`);
      });
    },
  };
}
