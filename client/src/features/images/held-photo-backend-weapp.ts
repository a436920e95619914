import Taro from '@tarojs/taro';
import type { HeldPhoto, HeldPart } from './held-photo';
import type { HeldPhotoBackend } from './held-photo-store';

/**
 * weapp: held photos in the user data folder (`${USER_DATA_PATH}/held-photos`), which lasts
 * until the mini-program is deleted (temp files from the picker do not): `<key>.json` holds the
 * record, `<key>.<part>.jpg` a copy of the compressed file.
 */
/** The part of WeChat's FileSystemManager this uses (sync forms; they throw on failure). */
export type WeappFiles = Pick<
  ReturnType<typeof Taro.getFileSystemManager>,
  | 'accessSync'
  | 'mkdirSync'
  | 'writeFileSync'
  | 'readFileSync'
  | 'copyFileSync'
  | 'unlinkSync'
  | 'readdirSync'
>;

export function weappHeldPhotoBackend(
  fs: WeappFiles = Taro.getFileSystemManager(),
  root: string = Taro.env.USER_DATA_PATH ?? '',
): HeldPhotoBackend {
  const dir = `${root}/held-photos`;
  const name = (key: string) => encodeURIComponent(key);
  const meta = (key: string) => `${dir}/${name(key)}.json`;
  const file = (key: string, part: HeldPart) => `${dir}/${name(key)}.${part}.jpg`;
  const exists = (path: string) => {
    try {
      fs.accessSync(path);
      return true;
    } catch {
      return false;
    }
  };
  const ensureDir = () => {
    if (!exists(dir)) fs.mkdirSync(dir, true);
  };
  const unlink = (path: string) => {
    if (exists(path)) fs.unlinkSync(path);
  };
  return {
    readMeta: (key) => {
      try {
        return Promise.resolve(
          JSON.parse(fs.readFileSync(meta(key), 'utf8') as string) as HeldPhoto,
        );
      } catch {
        return Promise.resolve(null);
      }
    },
    writeMeta: (key, photo) =>
      Promise.resolve().then(() => {
        ensureDir();
        fs.writeFileSync(meta(key), JSON.stringify(photo), 'utf8');
      }),
    writeBytes: (key, part, bytes) =>
      Promise.resolve().then(() => {
        if (typeof bytes !== 'string') throw new Error('weapp keeps photos as files');
        ensureDir();
        fs.copyFileSync(bytes, file(key, part));
      }),
    bytesUrl: (key, part) => Promise.resolve(exists(file(key, part)) ? file(key, part) : null),
    remove: (key) =>
      Promise.resolve().then(() => {
        unlink(file(key, 'photo'));
        unlink(file(key, 'list-copy'));
        unlink(meta(key));
      }),
    keys: () =>
      Promise.resolve().then(() => {
        if (!exists(dir)) return [];
        return fs
          .readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .map((f) => decodeURIComponent(f.slice(0, -'.json'.length)));
      }),
  };
}
