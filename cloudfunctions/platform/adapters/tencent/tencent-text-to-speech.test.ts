import type { LookupFunction } from 'node:net';
import { SpeechUnavailableError } from '../../ports/text-to-speech';
import { fakeAudioOf, startFakeTextToVoice } from './test-support/fake-text-to-voice';
import { createTencentTextToSpeech } from './tencent-text-to-speech';

const secretId = 'AKIDfakeSecretId0001';
const secretKey = 'fake-secret-key-0001';

let fake: Awaited<ReturnType<typeof startFakeTextToVoice>>;
beforeEach(async () => {
  fake = await startFakeTextToVoice({ secretId, secretKey, sessionToken: 'temporary-token' });
});
afterEach(() => fake.close());

const config = () => ({
  credentials: () => ({ secretId, secretKey, sessionToken: 'temporary-token' }),
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
  const tts = createTencentTextToSpeech({
    ...config(),
    credentials: () => ({ secretId, secretKey: 'not-the-key', sessionToken: 'temporary-token' }),
  });
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
    sessionToken: 'temporary-token',
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
  fake = await startFakeTextToVoice({ secretId, secretKey, sessionToken: 'temporary-token' });
});

test('temporary credentials are read per call: after they change, the next call signs with the new ones', async () => {
  let current = { secretId, secretKey, sessionToken: 'temporary-token' };
  const tts = createTencentTextToSpeech({ ...config(), credentials: () => current });
  await tts.synthesize('第一句。');
  // The role's keys are renewed while the instance stays warm; the old ones stop working.
  const renewed = {
    secretId: 'AKIDrenewed0002',
    secretKey: 'renewed-key',
    sessionToken: 'token-2',
  };
  fake.setCredentials(renewed);
  current = renewed;
  await tts.synthesize('第二句。');
  expect(fake.seen.map((s) => [s.text, s.token])).toEqual([
    ['第一句。', 'temporary-token'],
    ['第二句。', 'token-2'],
  ]);
});

test('an AuthFailure with keys that have since changed is tried once more with the new keys', async () => {
  const renewed = {
    secretId: 'AKIDrenewed0002',
    secretKey: 'renewed-key',
    sessionToken: 'token-2',
  };
  fake.setCredentials(renewed);
  const reads = [{ secretId, secretKey, sessionToken: 'temporary-token' }, renewed];
  let n = 0;
  const tts = createTencentTextToSpeech({
    ...config(),
    credentials: () => reads[Math.min(n++, reads.length - 1)]!,
  });
  await tts.synthesize('你好。');
  expect(fake.seen.map((s) => s.token)).toEqual(['token-2']);
  // Unchanged keys that fail are not retried (one refusal, one failure).
  const stale = createTencentTextToSpeech({
    ...config(),
    credentials: () => ({ secretId, secretKey, sessionToken: 'temporary-token' }),
  });
  const failure = await stale.synthesize('你好。').catch((e: unknown) => e);
  expect((failure as SpeechUnavailableError).detail).toMatch(/AuthFailure\.SecretIdNotFound/);
});

test('the fake refuses as the service does: no or a wrong X-TC-Token, Speed outside -2…6, a VoiceType that is not an integer', async () => {
  const noToken = createTencentTextToSpeech({
    ...config(),
    credentials: () => ({ secretId, secretKey }),
  });
  expect(
    ((await noToken.synthesize('你好').catch((e: unknown) => e)) as SpeechUnavailableError).detail,
  ).toMatch(/AuthFailure\.TokenFailure/);
  const wrongToken = createTencentTextToSpeech({
    ...config(),
    credentials: () => ({ secretId, secretKey, sessionToken: 'someone-elses' }),
  });
  expect(
    ((await wrongToken.synthesize('你好').catch((e: unknown) => e)) as SpeechUnavailableError)
      .detail,
  ).toMatch(/AuthFailure\.TokenFailure/);
  for (const speed of [-3, 7]) {
    const failure = await createTencentTextToSpeech({ ...config(), speed })
      .synthesize('你好')
      .catch((e: unknown) => e);
    expect((failure as SpeechUnavailableError).detail).toMatch(/InvalidParameterValue.*Speed/);
  }
  const failure = await createTencentTextToSpeech({ ...config(), voiceType: 1010.5 })
    .synthesize('你好')
    .catch((e: unknown) => e);
  expect((failure as SpeechUnavailableError).detail).toMatch(/InvalidParameterValue.*VoiceType/);
  expect(fake.seen).toEqual([]);
  // The edges are accepted.
  await createTencentTextToSpeech({ ...config(), speed: 6 }).synthesize('你好');
  await createTencentTextToSpeech({ ...config(), speed: -2 }).synthesize('你好');
  expect(fake.seen).toHaveLength(2);
});

test('the fake’s signature check accepts what Tencent’s own SDK signs, and refuses it with another key', async () => {
  // The official Node SDK as the reference signer: if the fake's check agrees with it, the
  // adapter passing the same check is signing as the real endpoint expects.
  const { tts } = await import('tencentcloud-sdk-nodejs-tts');
  const { Agent } = await import('node:http');
  // The SDK takes the service name from the endpoint's first label, so it is given the real host
  // name, with its address looked up to the fake's.
  const toFake: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
  };
  const agent = new Agent({ lookup: toFake });
  const client = (key: string) =>
    new tts.v20190823.Client({
      credential: { secretId, secretKey: key, token: 'temporary-token' },
      region: 'ap-guangzhou',
      profile: {
        httpProfile: {
          protocol: 'http://',
          endpoint: `tts.tencentcloudapi.com:${new URL(fake.endpoint).port}`,
          reqTimeout: 5,
          agent,
        },
      },
    });
  const request = {
    Text: '欢迎收听政策讲解。',
    SessionId: 'sdk-oracle-1',
    VoiceType: 101001,
    Codec: 'mp3',
    SampleRate: 16000,
  };
  const answer = await client(secretKey).TextToVoice(request);
  expect(Buffer.from(answer.Audio ?? '', 'base64')).toEqual(fakeAudioOf('欢迎收听政策讲解。'));
  const refused = await client('another-key')
    .TextToVoice(request)
    .catch((e: unknown) => e);
  expect(String((refused as { code?: string }).code)).toBe('AuthFailure.SignatureFailure');
  expect(fake.seen).toHaveLength(1);
});
