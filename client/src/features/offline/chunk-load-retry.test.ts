import { isChunkLoadError, withChunkRetry } from './chunk-load-retry';

const chunkError = () =>
  Object.assign(new Error('Loading chunk 42 failed.\n(error: /js/42.abcd1234.js)'), {
    name: 'ChunkLoadError',
  });
const noWait = () => Promise.resolve();

test('webpack and CSS chunk failures are recognised; other errors are not', () => {
  expect(isChunkLoadError(chunkError())).toBe(true);
  expect(
    isChunkLoadError(
      Object.assign(new Error('Loading CSS chunk 7 failed.'), { code: 'CSS_CHUNK_LOAD_FAILED' }),
    ),
  ).toBe(true);
  expect(isChunkLoadError(new Error('Loading chunk 9 failed.'))).toBe(true);
  expect(isChunkLoadError(new TypeError('x is undefined'))).toBe(false);
  expect(isChunkLoadError('Loading chunk 1 failed.')).toBe(false);
  expect(isChunkLoadError(null)).toBe(false);
});

test('a chunk that fails once is loaded on the next try, after the first delay', async () => {
  const waits: number[] = [];
  const load = jest
    .fn<Promise<string>, [string]>()
    .mockRejectedValueOnce(chunkError())
    .mockResolvedValue('page');
  const retrying = withChunkRetry(load, {
    delaysMs: [500, 2000],
    wait: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
  await expect(retrying('12')).resolves.toBe('page');
  expect(load).toHaveBeenCalledTimes(2);
  expect(load).toHaveBeenLastCalledWith('12');
  expect(waits).toEqual([500]);
});

test('a chunk that keeps failing is tried three times in all, then the failure is passed on', async () => {
  const load = jest.fn<Promise<string>, [string]>().mockRejectedValue(chunkError());
  const retrying = withChunkRetry(load, { delaysMs: [500, 2000], wait: noWait });
  await expect(retrying('12')).rejects.toMatchObject({ name: 'ChunkLoadError' });
  expect(load).toHaveBeenCalledTimes(3);
});

test('any other failure is passed on at once, not retried', async () => {
  const load = jest.fn<Promise<string>, []>().mockRejectedValue(new TypeError('boom'));
  await expect(withChunkRetry(load, { wait: noWait })()).rejects.toThrow('boom');
  expect(load).toHaveBeenCalledTimes(1);
});
