import { taroMocks } from '../../test-support/taro-mock';
import type { ClientEnv } from '../env';
import { selectUploadFile } from './upload-file';

const { cloudUploadFile } = taroMocks;
const weapp: ClientEnv = {
  platform: 'weapp',
  apiBase: '',
  cloudEnv: 'env-1',
  devLogin: false,
  weappUseHttp: false,
};
const h5: ClientEnv = { ...weapp, platform: 'h5', apiBase: 'http://gw.test', devLogin: true };
const ticket = {
  cloudPath: 'exhibits/2026-12/0123456789abcdef0123456789abcdef.bin',
  localUploadUrl: '/api/uploads/exhibits/2026-12/0123456789abcdef0123456789abcdef.bin?sig=s',
};

beforeEach(() => cloudUploadFile.mockReset());

/**
 * wx.cloud.uploadFile as documented: the promise form (no callbacks) answers
 * `{ fileID, statusCode, errMsg: 'cloud.uploadFile:ok' }` and rejects with
 * `{ errCode, errMsg: 'cloud.uploadFile:fail …' }`; the same path overwrites.
 */
function fakeCloudStorage() {
  const objects = new Map<string, string>();
  // WeChat rejects with a plain `{ errCode, errMsg }`; an Error carrying the same fields reads alike.
  const failure = (errCode: number, errMsg: string) =>
    Promise.reject(Object.assign(new Error(errMsg), { errCode, errMsg }));
  cloudUploadFile.mockImplementation(
    ({ cloudPath, filePath }: { cloudPath: string; filePath: string }) => {
      if (filePath === 'wxfile://gone.jpg')
        return failure(-404011, 'cloud.uploadFile:fail file not found');
      if (filePath === 'wxfile://offline.jpg')
        return failure(-1, 'cloud.uploadFile:fail request:fail timeout');
      const fileID = `cloud://env-1.7465-env-1-1300000000/${cloudPath}`;
      objects.set(fileID, filePath);
      return Promise.resolve({ fileID, statusCode: 204, errMsg: 'cloud.uploadFile:ok' });
    },
  );
  return objects;
}

test('weapp: the bytes go straight to storage at the ticket path, and the fileID comes back', async () => {
  const objects = fakeCloudStorage();
  const send = selectUploadFile(weapp, () => null);
  const r = await send(ticket, 'wxfile://tmp_1.jpg');
  expect(cloudUploadFile).toHaveBeenCalledWith({
    cloudPath: ticket.cloudPath,
    filePath: 'wxfile://tmp_1.jpg',
  });
  expect(r).toEqual({
    ok: true,
    data: { fileId: `cloud://env-1.7465-env-1-1300000000/${ticket.cloudPath}` },
  });
  expect([...objects.values()]).toEqual(['wxfile://tmp_1.jpg']);
});

test('weapp: a failed upload rejects with errMsg — a network one is NETWORK, others INTERNAL', async () => {
  fakeCloudStorage();
  const send = selectUploadFile(weapp, () => null);
  expect(await send(ticket, 'wxfile://offline.jpg')).toMatchObject({
    ok: false,
    error: { code: 'NETWORK' },
  });
  expect(await send(ticket, 'wxfile://gone.jpg')).toMatchObject({
    ok: false,
    error: { code: 'INTERNAL', message: '照片没有传上去，请再试一次。' },
  });
});

test('h5: a multipart POST of the picked blob to the signed gateway URL, with the token', async () => {
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = jest.fn((url: string, init?: RequestInit) => {
    calls.push({ url, ...(init ? { init } : {}) });
    if (url.startsWith('blob:'))
      return Promise.resolve({ blob: () => Promise.resolve(new Blob(['png'])) } as Response);
    return Promise.resolve({
      status: 200,
      json: () => Promise.resolve({ ok: true, data: { fileId: ticket.cloudPath, size: 3 } }),
    } as Response);
  }) as unknown as typeof fetch;
  try {
    const r = await selectUploadFile(h5, () => 'tok-1')(ticket, 'blob:http://gw.test/1');
    expect(r).toEqual({ ok: true, data: { fileId: ticket.cloudPath } });
    const post = calls[1];
    expect(post?.url).toBe(`http://gw.test${ticket.localUploadUrl}`);
    expect(post?.init?.method).toBe('POST');
    expect(post?.init?.headers).toEqual({ Authorization: 'Bearer tok-1' });
    expect((post?.init?.body as FormData).get('file')).toBeInstanceOf(Blob);
    expect(cloudUploadFile).not.toHaveBeenCalled();
  } finally {
    globalThis.fetch = realFetch;
  }
});
