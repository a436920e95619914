import { readFunctionConfig, readSubscribeConfig } from './env';

const baseEnv = {
  TCB_ENV: 'env-1',
  DATA_ENCRYPTION_KEY: 'k'.repeat(44),
  DATA_HASH_KEY: 'h'.repeat(44),
};

describe('subscription message settings', () => {
  test('template ids by kind, and the mini-program state (formal by default)', () => {
    expect(
      readSubscribeConfig({
        SUBSCRIBE_TEMPLATE_PROGRESS: 'Ab-cD_12345678901234567890',
        SUBSCRIBE_TEMPLATE_TRAINING: 'tRaIn-0123456789',
      }),
    ).toEqual({
      templates: { progress: 'Ab-cD_12345678901234567890', training: 'tRaIn-0123456789' },
      miniprogramState: 'formal',
    });
    expect(readSubscribeConfig({ SUBSCRIBE_MINIPROGRAM_STATE: 'trial' })).toEqual({
      templates: {},
      miniprogramState: 'trial',
    });
  });

  test('an unset or blank id leaves the kind out (cloudbaserc passes "" for an unset .env key)', () => {
    expect(
      readSubscribeConfig({
        SUBSCRIBE_TEMPLATE_PROGRESS: '',
        SUBSCRIBE_TEMPLATE_TRAINING: '  ',
        SUBSCRIBE_MINIPROGRAM_STATE: '',
      }),
    ).toEqual({ templates: {}, miniprogramState: 'formal' });
  });

  test.each([
    ['a malformed id', { SUBSCRIBE_TEMPLATE_PROGRESS: 'has space in it!' }],
    ['a too short id', { SUBSCRIBE_TEMPLATE_TRAINING: 'abc' }],
    ['an unknown state', { SUBSCRIBE_MINIPROGRAM_STATE: 'prod' }],
  ])('refuses %s', (_n, env) => {
    expect(() => readSubscribeConfig(env)).toThrow();
  });

  test('the function config carries them', () => {
    expect(
      readFunctionConfig({ ...baseEnv, SUBSCRIBE_TEMPLATE_PROGRESS: 'progress-template-1' })
        .subscribe,
    ).toEqual({ templates: { progress: 'progress-template-1' }, miniprogramState: 'formal' });
  });
});
