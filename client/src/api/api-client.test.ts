import { taroMocks } from '../../test-support/taro-mock';
import type { ClientEnv } from '../env';
import { createApi } from './api-client';
import { selectTransport } from './select-transport';

const { request, callFunction } = taroMocks;

const h5: ClientEnv = {
  platform: 'h5',
  apiBase: 'http://gw.test',
  cloudEnv: '',
  devLogin: true,
  weappUseHttp: false,
};
const weapp: ClientEnv = {
  platform: 'weapp',
  apiBase: '',
  cloudEnv: 'env-1',
  devLogin: false,
  weappUseHttp: false,
};

beforeEach(() => {
  request.mockReset();
  callFunction.mockReset();
});

test('weapp calls the cloud function, h5 posts to the gateway', () => {
  expect(selectTransport(weapp, () => null).kind).toBe('cloud');
  expect(selectTransport(h5, () => null).kind).toBe('http');
  expect(selectTransport({ ...weapp, weappUseHttp: true }, () => null).kind).toBe('http');
});

test('h5: POST /api/<fn> with the envelope and the bearer token', async () => {
  request.mockResolvedValue({ statusCode: 200, data: { ok: true, data: { feedbackId: 'f1' } } });
  const api = createApi(() => selectTransport(h5, () => 'tok-123'));
  const result = await api.feedback.submit(
    { category: 'help', content: '路灯坏了五天了' },
    { idempotencyKey: 'fb-abcdefgh' },
  );
  expect(result).toEqual({ ok: true, data: { feedbackId: 'f1' } });
  expect(request).toHaveBeenCalledWith(
    expect.objectContaining({
      url: 'http://gw.test/api/feedback',
      method: 'POST',
      header: expect.objectContaining({ Authorization: 'Bearer tok-123' }) as unknown,
      data: {
        action: 'submit',
        payload: { category: 'help', content: '路灯坏了五天了' },
        idempotencyKey: 'fb-abcdefgh',
      },
    }),
  );
});

test('weapp: Taro.cloud.callFunction({ name, data: { action, payload } })', async () => {
  callFunction.mockResolvedValue({ result: { ok: true, data: { userId: 'u1' } } });
  const api = createApi(() => selectTransport(weapp, () => null));
  const result = await api.users.me({});
  expect(result.ok).toBe(true);
  expect(callFunction).toHaveBeenCalledWith({ name: 'users', data: { action: 'me', payload: {} } });
});

test('h5: a server error envelope is passed through with its code and field errors', async () => {
  request.mockResolvedValue({
    statusCode: 400,
    data: {
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: '填写有误', fieldErrors: { content: '太短' } },
    },
  });
  const api = createApi(() => selectTransport(h5, () => null));
  const result = await api.feedback.submit({ category: 'help', content: 'x' });
  expect(result).toEqual({
    ok: false,
    error: {
      code: 'VALIDATION_FAILED',
      message: '填写有误',
      fieldErrors: { content: '太短' },
      httpStatus: 400,
    },
  });
});

test.each([
  ['no answer at all', () => request.mockRejectedValue({ errMsg: 'request:fail' }), 'NETWORK'],
  [
    'a proxy 502 page',
    () => request.mockResolvedValue({ statusCode: 502, data: '<html>bad gateway</html>' }),
    'NETWORK',
  ],
  ['a bare 500', () => request.mockResolvedValue({ statusCode: 500, data: '' }), 'INTERNAL'],
  [
    'a bare 429',
    () => request.mockResolvedValue({ statusCode: 429, data: 'slow down' }),
    'RATE_LIMITED',
  ],
  ['a bare 403', () => request.mockResolvedValue({ statusCode: 403, data: null }), 'FORBIDDEN'],
])('h5: %s maps to %s', async (_case, arrange, code) => {
  arrange();
  const api = createApi(() => selectTransport(h5, () => null));
  const result = await api.users.me({});
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    expect(result.error.message).not.toBe('');
  }
});

test('weapp: a timeout is NETWORK, a crashed function is INTERNAL', async () => {
  const api = createApi(() => selectTransport(weapp, () => null));
  callFunction.mockRejectedValueOnce({ errMsg: 'cloud.callFunction:fail timeout' });
  const timeout = await api.users.me({});
  callFunction.mockRejectedValueOnce({
    errMsg: 'cloud.callFunction:fail -404011 function execution error',
  });
  const crashed = await api.users.me({});
  expect(!timeout.ok && timeout.error.code).toBe('NETWORK');
  expect(!crashed.ok && crashed.error.code).toBe('INTERNAL');
});
