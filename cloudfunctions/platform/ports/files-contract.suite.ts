/**
 * One contract suite for every Files adapter (issue 13): each adapter's test file calls
 * `runFilesContract` with a factory; the same expectations hold on local disk and on CloudBase
 * storage (over a fake that, like CloudBase, derives the fileID from the path, overwrites on the
 * same path and hands out temporary URLs that expire).
 */
import type { Files, PutFileInput, UploadReservation } from './files';

export interface FilesUnderTest {
  files: Files;
  /** The names of the storage objects now held, e.g. `exhibits/2026-12/<32 hex>.jpg`. */
  objectNames(): Promise<string[]>;
  /** What a client fetching `url` at `atMs` gets: the bytes, or null when refused. */
  fetchUrl(url: string, atMs: number): Promise<Buffer | null>;
  /** The address someone would try to read a file at without asking for a temporary URL. */
  directUrlOf(fileId: string): string;
  /** How long a URL from `files.url` works. */
  urlLifetimeMs: number;
  /** Owner and purpose as the adapter recorded them, where the storage keeps metadata. */
  recordedMetadata?(fileId: string): Promise<{ owner: string; purpose: string } | null>;
  /**
   * What a client does with a reservation (CloudBase: `wx.cloud.uploadFile({ cloudPath })`; local:
   * POST to the signed upload URL): writes the bytes there and answers the fileID it is told.
   */
  clientUpload(reservation: UploadReservation, owner: string, bytes: Buffer): Promise<string>;
  cleanup(): Promise<void>;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function input(over: Partial<PutFileInput> = {}): PutFileInput {
  return {
    feature: 'exports',
    owner: 'cadre-a',
    purpose: 'households-export',
    bytes: Buffer.from('A'),
    contentType: XLSX,
    ...over,
  };
}

function months(before: Date, after: Date): string[] {
  return [...new Set([before, after].map((d) => d.toISOString().slice(0, 7)))];
}

export function runFilesContract(name: string, make: () => Promise<FilesUnderTest>): void {
  describe(`Files contract: ${name}`, () => {
    let t: FilesUnderTest;
    beforeEach(async () => {
      t = await make();
    });
    afterEach(async () => {
      await t.cleanup();
    });

    test('two puts by the same feature get two fileIDs, each reading back its own bytes', async () => {
      const a = await t.files.put(input({ owner: 'cadre-a', bytes: Buffer.from('户情 A') }));
      const b = await t.files.put(input({ owner: 'cadre-b', bytes: Buffer.from('户情 B') }));
      expect(a.fileId).not.toBe(b.fileId);
      expect((await t.files.get(a.fileId))?.bytes.toString()).toBe('户情 A');
      expect((await t.files.get(b.fileId))?.bytes.toString()).toBe('户情 B');
      expect(await t.objectNames()).toHaveLength(2);
    });

    test('stored names are <feature>/<yyyy-mm>/<random>.<ext>, the extension from the content type', async () => {
      const before = new Date();
      const photo = await t.files.put(
        input({ feature: 'exhibits', purpose: 'photo', contentType: 'image/jpeg' }),
      );
      const risk = await t.files.put(
        input({ feature: 'risk', purpose: 'photo', contentType: 'image/png' }),
      );
      const sheet = await t.files.put(input());
      const odd = await t.files.put(
        input({ feature: 'exhibits', purpose: 'photo', contentType: 'application/x-msdownload' }),
      );
      const after = new Date();
      const month = `(${months(before, after).join('|')})`;
      const names = await t.objectNames();
      expect(names).toHaveLength(4);
      for (const [stored, feature, ext] of [
        [photo, 'exhibits', 'jpg'],
        [risk, 'risk', 'png'],
        [sheet, 'exports', 'xlsx'],
        [odd, 'exhibits', 'bin'],
      ] as const) {
        const form = new RegExp(`${feature}/${month}/[a-f0-9]{32}\\.${ext}$`);
        expect(stored.fileId).toMatch(form);
        expect(names.some((n) => form.test(n) && stored.fileId.endsWith(n))).toBe(true);
      }
      expect(await t.files.get(sheet.fileId)).toEqual({
        bytes: Buffer.from('A'),
        contentType: XLSX,
      });
    });

    test('a caller cannot choose the path: unknown features, paths and odd purposes are refused', async () => {
      // What a JavaScript caller (or a replayed old call) could pass, past the types.
      const sneaky = (over: Record<string, unknown>) => t.files.put({ ...input(), ...over });
      await expect(sneaky({ feature: 'exports/households.xlsx' })).rejects.toThrow(/feature/);
      await expect(sneaky({ feature: '../secrets' })).rejects.toThrow(/feature/);
      await expect(sneaky({ purpose: '../../x.exe' })).rejects.toThrow(/purpose/);
      await expect(sneaky({ owner: 'a/b' })).rejects.toThrow(/owner/);
      // A `path` smuggled past the types is ignored: the name is still the port's own.
      const stored = await sneaky({ path: 'exports/households.xlsx' });
      expect(stored.fileId).not.toMatch(/households\.xlsx$/);
      expect(await t.objectNames()).toHaveLength(1);
    });

    test('owner and purpose are recorded with the stored file', async () => {
      const stored = await t.files.put(input({ owner: 'cadre-b', purpose: 'households-export' }));
      expect(stored).toMatchObject({
        owner: 'cadre-b',
        purpose: 'households-export',
        contentType: XLSX,
        size: 1,
      });
      if (t.recordedMetadata) {
        expect(await t.recordedMetadata(stored.fileId)).toEqual({
          owner: 'cadre-b',
          purpose: 'households-export',
        });
      }
    });

    test('files are private: only a temporary URL reads them, and it expires', async () => {
      const stored = await t.files.put(
        input({
          feature: 'exhibits',
          purpose: 'photo',
          contentType: 'image/png',
          bytes: Buffer.from('png'),
        }),
      );
      expect(stored.fileId).not.toMatch(/^https?:/);
      const now = Date.now();
      expect(await t.fetchUrl(t.directUrlOf(stored.fileId), now)).toBeNull();
      const url = await t.files.url(stored.fileId);
      expect((await t.fetchUrl(url, now))?.toString()).toBe('png');
      expect(await t.fetchUrl(url, now + t.urlLifetimeMs + 60_000)).toBeNull();
      await t.files.remove(stored.fileId);
      expect(await t.files.get(stored.fileId)).toBeNull();
      expect(await t.objectNames()).toHaveLength(0);
    });

    test('a reserved upload path is named like every file, holds nothing yet, and is never reused', async () => {
      const before = new Date();
      const one = {
        feature: 'exhibits',
        owner: 'u1',
        purpose: 'photo',
        maxBytes: 1000,
        ttlMs: 60_000,
      } as const;
      const a = await t.files.reserve(one);
      const b = await t.files.reserve(one);
      const month = `(${months(before, new Date()).join('|')})`;
      expect(a.path).toMatch(new RegExp(`^exhibits/${month}/[a-f0-9]{32}\\.bin$`));
      expect(a.path).not.toBe(b.path);
      expect(await t.objectNames()).toHaveLength(0);
      const sneaky = (over: Record<string, unknown>) => t.files.reserve({ ...one, ...over });
      await expect(sneaky({ feature: '../x' })).rejects.toThrow(/feature/);
      await expect(sneaky({ owner: 'a/b' })).rejects.toThrow(/owner/);
    });

    test("a client's upload to its reserved path is read through the port, under the fileID the reservation named", async () => {
      const r = await t.files.reserve({
        feature: 'risk',
        owner: 'u1',
        purpose: 'photo',
        maxBytes: 1000,
        ttlMs: 60_000,
      });
      const clientFileId = await t.clientUpload(r, 'u1', Buffer.from('bytes of the phone'));
      expect(clientFileId).toBe(r.fileId);
      expect(await t.files.size(r.fileId)).toBe('bytes of the phone'.length);
      expect((await t.files.get(r.fileId))?.bytes.toString()).toBe('bytes of the phone');
      await t.files.remove(r.fileId);
      expect(await t.files.size(r.fileId)).toBeNull();
      expect(await t.objectNames()).toHaveLength(0);
    });
  });
}
