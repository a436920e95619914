import { act, renderHook } from '@testing-library/react';
import { saveSession } from '../session/session-store';
import { taroStorage } from '../../../test-support/taro-mock';
import type { UploadFile } from '../../api/upload-file';
import type { PhotoUploadFeature } from './use-photo-uploads';
import { usePhotoUploads } from './use-photo-uploads';
import { NOT_AN_IMAGE, NOT_AN_IMAGE_MESSAGE } from './picked-files';

const login = (userId: string) =>
  saveSession({ token: `tok-${userId}`, persona: null, userId, role: 'villager', name: null });

function feature(listCopy: boolean) {
  let n = 0;
  const finished: unknown[] = [];
  const f: PhotoUploadFeature = {
    listCopy,
    keyPrefix: 'img',
    start: (kind) => {
      n++;
      return Promise.resolve({
        ok: true,
        data: { ticketId: `t${n}`, cloudPath: `${kind}/${n}.bin`, localUploadUrl: null },
      });
    },
    finish: (parts) => {
      finished.push(parts);
      return Promise.resolve({
        ok: true,
        data: { fileId: `stored-${finished.length}`, url: '/u' },
      });
    },
  };
  return { f, finished };
}
const uploadFile: jest.MockedFunction<UploadFile> = jest.fn((target, _path: string) =>
  Promise.resolve({ ok: true as const, data: { fileId: `cloud://e.b/${target.cloudPath}` } }),
);
const compress = jest.fn((_p: unknown, path: string, o?: { maxSide?: number }) =>
  Promise.resolve({ path: o?.maxSide ? `${path}#small` : `${path}#big`, compressed: true }),
);

beforeEach(() => {
  taroStorage.clear();
  uploadFile.mockClear();
});

test('each picked photo: ticket, bytes to storage, then the finishing call with the parts', async () => {
  login('u1');
  const { f, finished } = feature(true);
  const got: string[] = [];
  const { result } = renderHook(() =>
    usePhotoUploads(f, 9, (p) => got.push(p.fileId), {
      uploadFile,
      compress,
      choose: () => Promise.resolve(['a.jpg', 'b.jpg']),
    }),
  );
  await act(() => result.current.pick());
  expect(uploadFile.mock.calls.map(([t, path]) => `${t.cloudPath} ${path}`).sort()).toEqual(
    [
      'list-copy/3.bin a.jpg#small',
      'list-copy/4.bin b.jpg#small',
      'photo/1.bin a.jpg#big',
      'photo/2.bin b.jpg#big',
    ].sort(),
  );
  expect(finished).toHaveLength(2);
  expect(finished[0]).toEqual({
    photo: {
      ticketId: expect.any(String),
      fileId: expect.stringMatching(/^cloud:\/\/e\.b\/photo\//),
    },
    listCopy: { ticketId: expect.any(String), fileId: expect.stringMatching(/list-copy/) },
  });
  expect(got).toEqual(['stored-1', 'stored-2']);
  expect(result.current.uploads).toEqual([]);
});

test('shared phone: a photo picked by one person is not sent once someone else is logged in', async () => {
  login('u1');
  const { f, finished } = feature(false);
  const got: string[] = [];
  uploadFile.mockImplementationOnce((target) => {
    login('u2'); // the phone changes hands while the photo is going up
    return Promise.resolve({ ok: true, data: { fileId: target.cloudPath } });
  });
  const { result } = renderHook(() =>
    usePhotoUploads(f, 6, (p) => got.push(p.fileId), {
      uploadFile,
      compress,
      choose: () => Promise.resolve(['a.jpg']),
    }),
  );
  await act(() => result.current.pick());
  expect(finished).toEqual([]);
  expect(got).toEqual([]);
  expect(result.current.uploads).toEqual([
    expect.objectContaining({ phase: 'error', message: '登录的人换了，这张照片没有上传' }),
  ]);
});

test('a failed upload shows its message; nothing is finished', async () => {
  login('u1');
  const { f, finished } = feature(false);
  uploadFile.mockResolvedValueOnce({
    ok: false,
    error: { code: 'VALIDATION_FAILED', message: '照片太大了，请压缩后再传。' },
  });
  const { result } = renderHook(() =>
    usePhotoUploads(f, 6, () => undefined, {
      uploadFile,
      compress,
      choose: () => Promise.resolve(['a.jpg']),
    }),
  );
  await act(() => result.current.pick());
  expect(finished).toEqual([]);
  expect(result.current.uploads).toEqual([
    expect.objectContaining({ phase: 'error', message: '照片太大了，请压缩后再传。' }),
  ]);
});

test('a picked file that is not a photo says so, and nothing is sent', async () => {
  login('u1');
  const { f, finished } = feature(false);
  const { result } = renderHook(() =>
    usePhotoUploads(f, 9, () => undefined, {
      uploadFile,
      compress,
      choose: () => Promise.resolve([NOT_AN_IMAGE]),
    }),
  );
  await act(() => result.current.pick());
  expect(uploadFile).not.toHaveBeenCalled();
  expect(finished).toHaveLength(0);
  expect(result.current.uploads).toEqual([
    expect.objectContaining({ phase: 'error', message: NOT_AN_IMAGE_MESSAGE }),
  ]);
});
