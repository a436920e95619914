import type { CloudbaseStorageClient } from './cloudbase-files';
import { contentTypeOf, createCloudbaseFiles } from './cloudbase-files';

/** An in-memory stand-in for the SDK's storage calls, answering with the SDK's shapes. */
function memoryStorage(): CloudbaseStorageClient & { blobs: Map<string, Buffer> } {
  const blobs = new Map<string, Buffer>();
  const id = (path: string) => `cloud://test-env.7465-test-env/${path}`;
  return {
    blobs,
    uploadFile: ({ cloudPath, fileContent }) => {
      blobs.set(id(cloudPath), fileContent);
      return Promise.resolve({ fileID: id(cloudPath) });
    },
    downloadFile: ({ fileID }) => {
      const bytes = blobs.get(fileID);
      if (!bytes)
        return Promise.reject(Object.assign(new Error('gone'), { code: 'STORAGE_FILE_NONEXIST' }));
      return Promise.resolve({ fileContent: bytes });
    },
    getTempFileURL: ({ fileList }) =>
      Promise.resolve({
        fileList: fileList.map(({ fileID, maxAge }) =>
          blobs.has(fileID)
            ? {
                code: 'SUCCESS',
                fileID,
                tempFileURL: `https://tmp.example/${fileID.slice(8)}?t=${maxAge}`,
              }
            : { code: 'STORAGE_FILE_NONEXIST', fileID, tempFileURL: '' },
        ),
      }),
    deleteFile: ({ fileList }) =>
      Promise.resolve({
        fileList: fileList.map((fileID) => ({
          fileID,
          code: blobs.delete(fileID) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST',
        })),
      }),
  };
}

describe('CloudBase files', () => {
  test('put, get, url and remove round-trip through the storage calls', async () => {
    const storage = memoryStorage();
    const files = createCloudbaseFiles({ client: storage, urlMaxAgeSeconds: 600 });
    const bytes = Buffer.from('村史照片');
    const stored = await files.put({
      path: 'exhibits/v1/photo.jpg',
      bytes,
      contentType: 'image/jpeg',
    });
    expect(stored).toEqual({
      fileId: 'cloud://test-env.7465-test-env/exhibits/v1/photo.jpg',
      contentType: 'image/jpeg',
      size: bytes.length,
    });
    expect(await files.get(stored.fileId)).toEqual({ bytes, contentType: 'image/jpeg' });
    expect(await files.url(stored.fileId)).toMatch(/^https:\/\/tmp\.example\/.*t=600$/);
    await files.remove(stored.fileId);
    expect(await files.get(stored.fileId)).toBeNull();
    await files.remove(stored.fileId); // removing a missing file is not an error
    await expect(files.url(stored.fileId)).rejects.toThrow(/STORAGE_FILE_NONEXIST/);
  });

  test('a smaller rendition is asked of storage only where image processing is on, for images', async () => {
    const storage = memoryStorage();
    const plain = createCloudbaseFiles({ client: storage, urlMaxAgeSeconds: 600 });
    const processing = createCloudbaseFiles({
      client: storage,
      urlMaxAgeSeconds: 600,
      imageThumbnails: true,
    });
    const photo = await plain.put({
      path: 'exhibits/v1/well.jpg',
      bytes: Buffer.from('jpeg'),
      contentType: 'image/jpeg',
    });
    const sheet = await plain.put({
      path: 'exports/v1/list.xlsx',
      bytes: Buffer.from('xlsx'),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const original = await plain.url(photo.fileId);
    expect(await plain.url(photo.fileId, { maxSide: 480 })).toBe(original);
    expect(await processing.url(photo.fileId)).toBe(original);
    expect(await processing.url(photo.fileId, { maxSide: 480 })).toBe(
      `${original}&imageMogr2/thumbnail/480x480%3E`,
    );
    expect(await processing.url(sheet.fileId, { maxSide: 480 })).not.toContain('imageMogr2');
  });

  test('refuses paths that escape or are absolute; infers content types', async () => {
    const files = createCloudbaseFiles({ client: memoryStorage() });
    const put = (path: string) =>
      files.put({ path, bytes: Buffer.from('x'), contentType: 'text/plain' });
    await expect(put('/abs.txt')).rejects.toThrow(/bad storage path/);
    await expect(put('a/../b.txt')).rejects.toThrow(/bad storage path/);
    expect(contentTypeOf('cloud://e/x/report.XLSX')).toMatch(/spreadsheetml/);
    expect(contentTypeOf('cloud://e/x/blob')).toBe('application/octet-stream');
  });
});
