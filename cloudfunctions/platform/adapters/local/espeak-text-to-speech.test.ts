import { spawnSync } from 'node:child_process';
import { SpeechUnavailableError } from '../../ports/text-to-speech';
import { createEspeakTextToSpeech } from './espeak-text-to-speech';
import { readPcm16Wav } from './wav-pcm';

const installed = spawnSync('espeak-ng', ['--version']).status === 0;
if (!installed) {
  // Said once, so a skipped run is visible: `npm run verify` installs it (scripts/ensure-espeak.sh).
  console.warn('espeak-ng is not installed: the real-synthesis tests are skipped');
}
const withEspeak = installed ? test : test.skip;

withEspeak('espeak-ng speaks Mandarin into a small 11 kHz 16-bit mono WAV', async () => {
  const tts = createEspeakTextToSpeech();
  const audio = await tts.synthesize('乡亲们好，今天讲一讲教育资助政策。');
  expect(audio.mime).toBe('audio/wav');
  const pcm = readPcm16Wav(audio.bytes);
  expect(pcm.sampleRate).toBe(11025);
  const seconds = pcm.samples.length / pcm.sampleRate;
  expect(seconds).toBeGreaterThan(1);
  expect(seconds).toBeLessThan(15);
  // Not silence: some samples are loud.
  expect(Math.max(...pcm.samples.map(Math.abs))).toBeGreaterThan(2000);
  // The header's sizes are real (espeak's own are placeholders).
  expect(audio.bytes.readUInt32LE(40)).toBe(audio.bytes.length - 44);
  expect(tts.voice).toBe('espeak-ng:cmn:150');
});

withEspeak('text goes through stdin, never as options', async () => {
  const audio = await createEspeakTextToSpeech().synthesize('--version -w /tmp/x.wav');
  expect(readPcm16Wav(audio.bytes).samples.length).toBeGreaterThan(1000);
});

test('a missing program is a clear failure, not silence', async () => {
  const tts = createEspeakTextToSpeech({ command: 'espeak-ng-that-is-not-installed' });
  const failure = await tts.synthesize('你好').catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(SpeechUnavailableError);
  expect((failure as SpeechUnavailableError).reason).toBe(
    '服务器没有装朗读程序 espeak-ng，请联系管理员。',
  );
});

withEspeak('an unknown voice is a clear failure', async () => {
  const failure = await createEspeakTextToSpeech({ voice: 'nonexistent' })
    .synthesize('你好')
    .catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(SpeechUnavailableError);
  expect((failure as SpeechUnavailableError).detail).toMatch(/exited 1/);
});
