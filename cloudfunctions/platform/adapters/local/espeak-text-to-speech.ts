import { spawn, spawnSync } from 'node:child_process';
import type { SpeechAudio, TextToSpeech } from '../../ports/text-to-speech';
import { SpeechUnavailableError } from '../../ports/text-to-speech';
import { createRunningSlots } from './running-slots';
import { halveSampleRate, readPcm16Wav, writePcm16Wav } from './wav-pcm';

export interface EspeakOptions {
  /** The program (default `espeak-ng` on PATH). */
  command?: string;
  /** Debian's espeak-ng-data names the Mandarin voice `cmn` (also `zh`, `zh-cmn`). */
  voice?: string;
  /** Words per minute; espeak's Mandarin at 150 says about 2.5 characters a second. */
  wordsPerMinute?: number;
  /**
   * The MP3 encoder (Debian's `lame`, default on PATH when installed); null: no encoder, the clip
   * is an 11 kHz WAV instead (about 7 times the bytes).
   */
  lameCommand?: string | null;
  /** Longest one program may take before it is stopped. */
  timeoutMs?: number;
  /**
   * Syntheses (espeak-ng, then lame) running at once (default 2, the machine's cores); more wait
   * their turn, so a burst of 朗读 cannot start a process per request.
   */
  maxRunning?: number;
}

/** For the villager; the program's name and the reason go to the log (`detail`) only. */
const NOT_INSTALLED = '朗读暂时用不了，请稍后再试。';
const FAILED = '朗读程序出错了，请稍后再试。';

/** MP3 at 24 kbit/s, 16 kHz mono: clear speech at 3 KB a second (espeak's WAV is 44 KB). */
const LAME_ARGS = ['--quiet', '-m', 'm', '-b', '24', '--resample', '16', '-', '-'];

function installed(command: string): boolean {
  return spawnSync(command, ['--version'], { stdio: 'ignore', timeout: 5_000 }).status === 0;
}

/** Runs a program with `input` on stdin; its stdout, or a SpeechUnavailableError saying why not. */
function run(command: string, args: string[], input: Buffer, timeoutMs: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let stderr = '';
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    timer.unref();
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8').slice(0, 500)));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const missing = e.code === 'ENOENT' && command.includes('espeak');
      reject(
        new SpeechUnavailableError(
          missing ? NOT_INSTALLED : FAILED,
          missing
            ? `${command} is not installed (${e.code})`
            : `${command}: ${e.code ?? e.message}`,
        ),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(chunks));
      else
        reject(
          new SpeechUnavailableError(
            FAILED,
            `${command} exited ${code ?? signal}: ${stderr.trim()}`,
          ),
        );
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

/**
 * Local mode's voice: Debian's `espeak-ng` with its Mandarin voice, text through stdin (never on
 * the command line), WAV from stdout, then MP3 by Debian's `lame` (installed with espeak-ng by
 * scripts/ensure-espeak.sh). Without lame the WAV is halved to 11,025 Hz and sent as it is.
 */
export function createEspeakTextToSpeech(options: EspeakOptions = {}): TextToSpeech {
  const command = options.command ?? 'espeak-ng';
  const voice = options.voice ?? 'cmn';
  const wpm = options.wordsPerMinute ?? 150;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const lame =
    options.lameCommand === undefined ? (installed('lame') ? 'lame' : null) : options.lameCommand;
  async function speak(text: string): Promise<SpeechAudio> {
    const wav = await run(
      command,
      ['-v', voice, '-s', String(wpm), '--stdin', '--stdout'],
      Buffer.from(`${text}\n`, 'utf8'),
      timeoutMs,
    );
    let pcm;
    try {
      pcm = readPcm16Wav(wav);
    } catch (e) {
      throw new SpeechUnavailableError(FAILED, `${command}: ${(e as Error).message}`);
    }
    const wavBytes = writePcm16Wav(pcm);
    if (lame) {
      return { bytes: await run(lame, LAME_ARGS, wavBytes, timeoutMs), mime: 'audio/mpeg' };
    }
    const smaller = pcm.sampleRate >= 16_000 ? halveSampleRate(pcm) : pcm;
    return { bytes: writePcm16Wav(smaller), mime: 'audio/wav' };
  }
  const slots = createRunningSlots(options.maxRunning ?? 2);
  return {
    voice: `espeak-ng:${voice}:${wpm}:${lame ? 'mp3-24k' : 'wav-11k'}`,
    synthesize(text): Promise<SpeechAudio> {
      return slots.run(() => speak(text));
    },
  };
}
