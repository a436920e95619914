import { SpeechUnavailableError } from '../../ports/text-to-speech';
import { fakeAudioOf, startFakeTextToVoice } from './test-support/fake-text-to-voice';
import { createTencentTextToSpeech } from './tencent-text-to-speech';

const secretId = 'AKIDfakeSecretId0001';
const secretKey = 'fake-secret-key-0001';

let fake: Awaited<ReturnType<typeof startFakeTextToVoice>>;
beforeEach(async () => {
  fake = await startFakeTextToVoice({ secretId, secretKey });
});
afterEach(() => fake.close());

const config = () => ({
  secretId,
  secretKey,
  sessionToken: 'temporary-token',
  region: 'ap-shanghai',
  voiceType: 101001,
  speed: -1,
  endpoint: fake.endpoint,
});

test('signed TextToVoice calls: MP3 back, the region, voice and token sent', async () => {
  const tts = createTencentTextToSpeech(config());
  const audio = await tts.synthesize('乡亲们好。');
  expect(audio).toEqual({ bytes: fakeAudioOf('乡亲们好。'), mime: 'audio/mpeg' });
  expect(fake.seen).toEqual([
    {
      text: '乡亲们好。',
      codec: 'mp3',
      voiceType: 101001,
      region: 'ap-shanghai',
      token: 'temporary-token',
    },
  ]);
  expect(tts.voice).toBe('tencent:101001:-1');
});

test('text past the 150-character limit goes in whole sentences and the audio is joined in order', async () => {
  const sentences = Array.from(
    { length: 15 },
    (_, i) => `这是第${String(i).padStart(2, '0')}句，讲的是防贫保险怎样申请理赔。`,
  );
  const text = sentences.join('');
  expect(text.length).toBeGreaterThan(300);
  const audio = await createTencentTextToSpeech(config()).synthesize(text);
  expect(fake.seen.length).toBeGreaterThan(2);
  expect(fake.seen.every((s) => s.text.length <= 150)).toBe(true);
  expect(fake.seen.map((s) => s.text).join('')).toBe(text);
  expect(audio.bytes).toEqual(Buffer.concat(fake.seen.map((s) => fakeAudioOf(s.text))));
});

test('a wrong secret fails the fake signature check and is a clear failure', async () => {
  const tts = createTencentTextToSpeech({ ...config(), secretKey: 'not-the-key' });
  const failure = await tts.synthesize('你好').catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(SpeechUnavailableError);
  expect((failure as SpeechUnavailableError).reason).toBe('语音合成服务暂时不可用，请稍后再试。');
  expect((failure as SpeechUnavailableError).detail).toMatch(/AuthFailure\.SignatureFailure/);
  expect(fake.seen).toEqual([]);
});

test('an error answer from the service becomes a failure with its code in the detail', async () => {
  await fake.close();
  fake = await startFakeTextToVoice({
    secretId,
    secretKey,
    failWith: { Code: 'UnauthorizedOperation.ErrorAccountFreeze', Message: 'account frozen' },
  });
  const failure = await createTencentTextToSpeech(config())
    .synthesize('你好')
    .catch((e: unknown) => e);
  expect((failure as SpeechUnavailableError).detail).toMatch(/ErrorAccountFreeze.*fake-\d/);
});

test('an unreachable endpoint is a clear failure, not a hang', async () => {
  await fake.close();
  const failure = await createTencentTextToSpeech({ ...config(), timeoutMs: 2000 })
    .synthesize('你好')
    .catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(SpeechUnavailableError);
  fake = await startFakeTextToVoice({ secretId, secretKey });
});
