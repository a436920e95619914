import { contentTypeOf, createCloudbaseFiles } from './cloudbase-files';
import { memoryStorage } from './test-support/memory-storage';

const photoInput = (bytes: Buffer) => ({
  feature: 'exhibits' as const,
  owner: 'villager-1',
  purpose: 'photo',
  bytes,
  contentType: 'image/jpeg',
});

describe('CloudBase files', () => {
  test('put, get, url and remove round-trip through the storage calls', async () => {
    const storage = memoryStorage();
    const files = createCloudbaseFiles({ client: storage, urlMaxAgeSeconds: 600 });
    const bytes = Buffer.from('村史照片');
    const before = Math.floor(Date.now() / 1000);
    const stored = await files.put(photoInput(bytes));
    expect(stored).toEqual({
      fileId: expect.stringMatching(
        /^cloud:\/\/test-env\.7465-test-env\/exhibits\/\d{4}-\d{2}\/[a-f0-9]{32}\.jpg$/,
      ) as unknown,
      contentType: 'image/jpeg',
      size: bytes.length,
      owner: 'villager-1',
      purpose: 'photo',
    });
    expect(await files.get(stored.fileId)).toEqual({ bytes, contentType: 'image/jpeg' });
    const url = await files.url(stored.fileId);
    expect(url).toMatch(/^https:\/\/7465-test-env\.tcb\.qcloud\.la\/exhibits\/.*[?&]sign=/);
    // The URL's `t` is its expiry: the 600 s asked for.
    const t = Number(new URL(url).searchParams.get('t'));
    expect(t - before).toBeGreaterThanOrEqual(599);
    expect(t - before).toBeLessThanOrEqual(601);
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
    const photo = await plain.put(photoInput(Buffer.from('jpeg')));
    const sheet = await plain.put({
      feature: 'exports',
      owner: 'cadre-1',
      purpose: 'households-export',
      bytes: Buffer.from('xlsx'),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const strip = (u: string) => u.replace(/sign=[^&]+/, 'sign=S');
    const original = strip(await plain.url(photo.fileId));
    expect(strip(await plain.url(photo.fileId, { maxSide: 480 }))).toBe(original);
    expect(strip(await processing.url(photo.fileId))).toBe(original);
    expect(strip(await processing.url(photo.fileId, { maxSide: 480 }))).toBe(
      `${original}&imageMogr2/thumbnail/480x480%3E`,
    );
    expect(await processing.url(sheet.fileId, { maxSide: 480 })).not.toContain('imageMogr2');
  });

  test('the fake storage behaves like CloudBase: the same cloud path gives the same fileID and overwrites', async () => {
    const storage = memoryStorage();
    const a = await storage.uploadFile({
      cloudPath: 'exports/households.xlsx',
      fileContent: Buffer.from('A'),
    });
    const b = await storage.uploadFile({
      cloudPath: 'exports/households.xlsx',
      fileContent: Buffer.from('B'),
    });
    expect(a.fileID).toBe(b.fileID);
    expect((await storage.downloadFile({ fileID: a.fileID })).fileContent?.toString()).toBe('B');
    expect(storage.paths()).toEqual(['exports/households.xlsx']);
  });

  test('infers content types from the stored name', () => {
    expect(contentTypeOf('cloud://e/x/report.XLSX')).toMatch(/spreadsheetml/);
    expect(contentTypeOf('cloud://e/x/blob')).toBe('application/octet-stream');
  });
});
