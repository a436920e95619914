import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpeechUnavailableError } from '../../ports/text-to-speech';
import { createEspeakTextToSpeech } from './espeak-text-to-speech';
import { readPcm16Wav, writePcm16Wav } from './wav-pcm';

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

test('at most two synthesis programs run at once; the others wait their turn and all are answered', async () => {
  // A stand-in for espeak-ng (outside the project): it notes how many copies of itself are
  // running, takes a while, and prints a WAV.
  const dir = mkdtempSync(join(tmpdir(), 'espeak-slots-'));
  try {
    writeFileSync(
      join(dir, 'clip.wav'),
      writePcm16Wav({ sampleRate: 22050, samples: new Int16Array(2000).map((_, i) => i % 300) }),
    );
    const script = join(dir, 'fake-espeak');
    writeFileSync(
      script,
      [
        '#!/bin/sh',
        `d='${dir}'`,
        'touch "$d/run.$$"',
        'ls "$d" | grep -c "^run\\." >> "$d/counts"',
        'sleep 0.3',
        'rm "$d/run.$$"',
        'cat "$d/clip.wav"',
        '',
      ].join('\n'),
    );
    chmodSync(script, 0o755);
    const tts = createEspeakTextToSpeech({ command: script, lameCommand: null });
    const answers = await Promise.all(['一', '二', '三', '四', '五'].map((t) => tts.synthesize(t)));
    expect(answers.map((a) => a.mime)).toEqual(Array(5).fill('audio/wav'));
    const counts = readFileSync(join(dir, 'counts'), 'utf8').trim().split('\n').map(Number);
    expect(counts).toHaveLength(5);
    expect(Math.max(...counts)).toBe(2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a failed synthesis frees its turn for the next one', async () => {
  const tts = createEspeakTextToSpeech({
    command: 'espeak-ng-that-is-not-installed',
    maxRunning: 1,
  });
  for (let i = 0; i < 3; i++) {
    await expect(tts.synthesize('你好')).rejects.toBeInstanceOf(SpeechUnavailableError);
  }
});
