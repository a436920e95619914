import { spawnSync } from 'node:child_process';
import { SpeechUnavailableError } from '../../ports/text-to-speech';
import { createEspeakTextToSpeech } from './espeak-text-to-speech';
import { readPcm16Wav } from './wav-pcm';

const installed = spawnSync('espeak-ng', ['--version']).status === 0;
const lameInstalled = spawnSync('lame', ['--version']).status === 0;
if (!installed) {
  // Said once, so a skipped run is visible: `npm run verify` installs it (scripts/ensure-espeak.sh).
  console.warn('espeak-ng is not installed: the real-synthesis tests are skipped');
}
const withEspeak = installed ? test : test.skip;

withEspeak(
  'espeak-ng speaks Mandarin into a small 11 kHz 16-bit mono WAV (no encoder)',
  async () => {
    const tts = createEspeakTextToSpeech({ lameCommand: null });
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
    expect(tts.voice).toBe('espeak-ng:cmn:150:wav-11k');
  },
);

(installed && lameInstalled ? test : test.skip)(
  'with Debian lame installed the clip is a 24 kbit/s MP3, about 3 KB a second',
  async () => {
    const tts = createEspeakTextToSpeech();
    expect(tts.voice).toBe('espeak-ng:cmn:150:mp3-24k');
    const text = '乡亲们好，今天讲一讲教育资助政策。';
    const mp3 = await tts.synthesize(text);
    expect(mp3.mime).toBe('audio/mpeg');
    // An MPEG audio frame sync (11 bits set) at the start.
    expect(mp3.bytes[0]).toBe(0xff);
    expect(mp3.bytes[1]! & 0xe0).toBe(0xe0);
    const wav = await createEspeakTextToSpeech({ lameCommand: null }).synthesize(text);
    const seconds = (wav.bytes.length - 44) / 2 / 11025;
    expect(mp3.bytes.length / seconds).toBeLessThan(3_500);
    expect(mp3.bytes.length * 5).toBeLessThan(wav.bytes.length);
  },
);

withEspeak('text goes through stdin, never as options', async () => {
  const audio = await createEspeakTextToSpeech({ lameCommand: null }).synthesize(
    '--version -w /tmp/x.wav',
  );
  expect(readPcm16Wav(audio.bytes).samples.length).toBeGreaterThan(1000);
});

test('a missing program is a clear failure, not silence', async () => {
  const tts = createEspeakTextToSpeech({ command: 'espeak-ng-that-is-not-installed' });
  const failure = await tts.synthesize('你好').catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(SpeechUnavailableError);
  expect((failure as SpeechUnavailableError).reason).toBe('朗读暂时用不了，请稍后再试。');
  // The program's name is for the log only.
  expect((failure as SpeechUnavailableError).reason).not.toMatch(/espeak/);
  expect((failure as SpeechUnavailableError).detail).toMatch(
    /espeak-ng-that-is-not-installed is not installed/,
  );
});

withEspeak('an unknown voice is a clear failure', async () => {
  const failure = await createEspeakTextToSpeech({ voice: 'nonexistent', lameCommand: null })
    .synthesize('你好')
    .catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(SpeechUnavailableError);
  expect((failure as SpeechUnavailableError).detail).toMatch(/exited 1/);
});
