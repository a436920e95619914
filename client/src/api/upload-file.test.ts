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

/**
 * The gateway's chunked route as gateway/direct-upload-route.ts answers it (tested over HTTP
 * there): GET → `{ received, complete }`; PUT at the right offset appends, a wrong one is 409.
 */
function fakeChunkGateway(photo: Blob, options: { loseAnswerOf?: number; dropAll?: boolean } = {}) {
  let held = 0;
  let puts = 0;
  const calls: Array<{ method: string; url: string; headers: unknown }> = [];
  const answer = (status: number, body: unknown) =>
    Promise.resolve({ status, json: () => Promise.resolve(body) } as Response);
  const done = () => ({ received: held, complete: held === photo.size });
  globalThis.fetch = jest.fn(async (url: string, init?: RequestInit) => {
    if (url.startsWith('blob:')) return { blob: () => Promise.resolve(photo) } as Response;
    const method = init?.method ?? 'GET';
    calls.push({ method, url, headers: init?.headers });
    if (options.dropAll) throw new TypeError('Failed to fetch');
    if (method === 'GET') return answer(200, { ok: true, data: done() });
    puts += 1;
    const offset = Number(/offset=(\d+)/.exec(url)?.[1]);
    const chunk = init?.body as Blob;
    if (offset !== held)
      return answer(409, { ok: false, error: { code: 'CONFLICT', message: 'x' } });
    held += chunk.size;
    // The chunk arrived but its answer was lost on the way back (a 2G link dropping).
    if (puts === options.loseAnswerOf) throw new TypeError('Failed to fetch');
    return answer(200, { ok: true, data: done() });
  }) as unknown as typeof fetch;
  return { calls, held: () => held };
}

test('h5: the photo goes to the gateway in 32 KB chunks with the token, resuming where the server stands', async () => {
  const realFetch = globalThis.fetch;
  const photo = new Blob([new Uint8Array(100_000).fill(7)]);
  const server = fakeChunkGateway(photo, { loseAnswerOf: 2 });
  const progress: number[] = [];
  try {
    const r = await selectUploadFile(h5, () => 'tok-1')(ticket, 'blob:http://gw.test/1', (sent) =>
      progress.push(sent),
    );
    expect(r).toEqual({ ok: true, data: { fileId: ticket.cloudPath } });
    expect(server.held()).toBe(100_000);
    const puts = server.calls.filter((c) => c.method === 'PUT');
    // 4 chunks, each sent once: after the lost answer the client asked (GET) instead of resending.
    expect(puts.map((c) => /offset=(\d+)/.exec(c.url)?.[1])).toEqual([
      '0',
      '32768',
      '65536',
      '98304',
    ]);
    expect(server.calls.filter((c) => c.method === 'GET')).toHaveLength(2);
    expect(puts[0]?.url).toBe(`http://gw.test${ticket.localUploadUrl}&offset=0&total=100000`);
    expect(puts[0]?.headers).toEqual({
      Authorization: 'Bearer tok-1',
      'Content-Type': 'application/octet-stream',
    });
    expect(progress[progress.length - 1]).toBe(100_000);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(cloudUploadFile).not.toHaveBeenCalled();
  } finally {
    globalThis.fetch = realFetch;
  }
});

test('h5: with no network at all the upload stops as NETWORK (the outbox tries again later)', async () => {
  const realFetch = globalThis.fetch;
  const server = fakeChunkGateway(new Blob([new Uint8Array(10)]), { dropAll: true });
  try {
    const r = await selectUploadFile(h5, () => 'tok-1')(ticket, 'blob:http://gw.test/1');
    expect(r).toMatchObject({ ok: false, error: { code: 'NETWORK' } });
    expect(server.calls.length).toBeLessThanOrEqual(5);
  } finally {
    globalThis.fetch = realFetch;
  }
});
