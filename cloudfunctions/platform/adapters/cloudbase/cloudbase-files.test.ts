import { contentTypeOf, createCloudbaseFiles } from './cloudbase-files';
import { memoryStorage } from './test-support/memory-storage';

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
      fileId: expect.stringMatching(
        /^cloud:\/\/test-env\.7465-test-env\/exhibits\/\d{4}-\d{2}\/[a-f0-9]{32}\.jpg$/,
      ) as unknown,
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

  test('each put gets its own random name, so two exports never share (or overwrite) a file', async () => {
    const storage = memoryStorage();
    const files = createCloudbaseFiles({ client: storage });
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const a = await files.put({
      path: 'exports/households.xlsx',
      bytes: Buffer.from('A'),
      contentType: xlsx,
    });
    const b = await files.put({
      path: 'exports/households.xlsx',
      bytes: Buffer.from('B'),
      contentType: xlsx,
    });
    expect(a.fileId).not.toBe(b.fileId);
    expect(a.fileId).toMatch(/\/exports\/\d{4}-\d{2}\/[a-f0-9]{32}\.xlsx$/);
    expect((await files.get(a.fileId))?.bytes.toString()).toBe('A');
    expect(storage.blobs.size).toBe(2);
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
