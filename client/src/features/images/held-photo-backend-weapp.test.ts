import { createHeldPhotos } from './held-photo-store';
import { weappHeldPhotoBackend, type WeappFiles } from './held-photo-backend-weapp';

/**
 * WeChat's FileSystemManager as documented for the sync calls: each throws (`…:fail no such
 * file or directory`) when the path is missing; `readdirSync` answers the names in a folder;
 * `copyFileSync` copies a temp file into the user data folder, which outlives temp files.
 */
function fakeFileSystem() {
  const files = new Map<string, string>();
  const dirs = new Set<string>();
  const missing = (path: string) => new Error(`fail no such file or directory ${path}`);
  const fs: WeappFiles = {
    accessSync: (path: string) => {
      if (!files.has(path) && !dirs.has(path)) throw missing(path);
    },
    mkdirSync: (path: string) => {
      dirs.add(path);
    },
    writeFileSync: (path: string, data: string | ArrayBuffer) => {
      files.set(path, typeof data === 'string' ? data : 'bytes');
    },
    readFileSync: (path: string) => {
      const data = files.get(path);
      if (data === undefined) throw missing(path);
      return data;
    },
    copyFileSync: (src: string, dest: string) => {
      const data = files.get(src);
      if (data === undefined) throw missing(src);
      files.set(dest, data);
    },
    unlinkSync: (path: string) => {
      if (!files.delete(path)) throw missing(path);
    },
    readdirSync: (dir: string) =>
      [...files.keys()].filter((p) => p.startsWith(`${dir}/`)).map((p) => p.slice(dir.length + 1)),
  };
  return { fs, files };
}

test('weapp: a held photo is copied out of the temp folder, survives a re-open, is one user’s, and goes', async () => {
  const { fs, files } = fakeFileSystem();
  files.set('wxfile://tmp/compressed.jpg', 'jpeg-bytes');
  const photos = createHeldPhotos(weappHeldPhotoBackend(fs, 'wxfile://usr'));
  const held = await photos.hold('u-ma', 'claims', {
    photo: 'wxfile://tmp/compressed.jpg',
    size: 10,
  });
  // The picker's temp file may be gone after a restart: the copy is what is read and uploaded.
  files.delete('wxfile://tmp/compressed.jpg');
  const reopened = createHeldPhotos(weappHeldPhotoBackend(fs, 'wxfile://usr'));
  const path = await reopened.url('u-ma', held.localId, 'photo');
  expect(path).toMatch(/^wxfile:\/\/usr\/held-photos\/.+\.photo\.jpg$/);
  expect(files.get(path ?? '')).toBe('jpeg-bytes');
  expect(await reopened.get('u-ma', held.localId)).toMatchObject({ feature: 'claims', bytes: 10 });
  expect(await reopened.listOf('u-wang')).toEqual([]);
  expect(await reopened.get('u-wang', held.localId)).toBeNull();
  await reopened.release('u-ma', held.localId);
  expect([...files.keys()].filter((k) => k.includes('held-photos'))).toEqual([]);
});
