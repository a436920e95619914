import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { LIST_IMAGE_SIDE, MAX_LIST_IMAGE_BYTES } from '@shared/exhibits/image-kind';
import { api } from '../../api/api';
import { clientEnv } from '../../env';
import { compressImage } from '../images/compress-image';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import { currentAuthor } from '../session/session-store';
import { readFileBase64 } from './read-file-base64';

/**
 * The small copy lists show (longest side 480 px), or null when the phone could not make one
 * — the card then falls back to the photo itself.
 */
async function listCopyBase64(path: string): Promise<string | null> {
  try {
    const small = await compressImage(clientEnv.platform, path, {
      maxSide: LIST_IMAGE_SIDE,
      quality: 60,
    });
    if (!small.compressed) return null;
    const base64 = await readFileBase64(clientEnv.platform, small.path);
    return (base64.length * 3) / 4 <= MAX_LIST_IMAGE_BYTES ? base64 : null;
  } catch {
    return null;
  }
}

export type PhotoUpload =
  | { localId: string; phase: 'compressing' | 'uploading'; percent: number }
  | { localId: string; phase: 'error'; percent: number; message: string };

/**
 * Picks photos, compresses each (and makes its small list copy), then sends both as base64 with
 * `uploadImage`. Progress is
 * shown per photo; a finished photo is handed to `onUploaded` (the draft keeps it).
 */
export function usePhotoUploads(
  room: number,
  onUploaded: (photo: { fileId: string; url: string }) => void,
) {
  const [uploads, setUploads] = useState<PhotoUpload[]>([]);
  const set = (localId: string, next: PhotoUpload | null) =>
    setUploads((before) =>
      next
        ? before.some((u) => u.localId === localId)
          ? before.map((u) => (u.localId === localId ? next : u))
          : [...before, next]
        : before.filter((u) => u.localId !== localId),
    );

  const sendOne = useCallback(
    async (path: string, localId: string, pickedBy: string | null) => {
      // A photo goes up only as the person who picked it, and lands only in their draft.
      const stillTheirs = () => pickedBy !== null && currentAuthor()?.userId === pickedBy;
      const changedHands = () =>
        set(localId, {
          localId,
          phase: 'error',
          percent: 0,
          message: '登录的人换了，这张照片没有上传',
        });
      set(localId, { localId, phase: 'compressing', percent: 10 });
      const image = await compressImage(clientEnv.platform, path);
      set(localId, { localId, phase: 'uploading', percent: 40 });
      let dataBase64: string;
      try {
        dataBase64 = await readFileBase64(clientEnv.platform, image.path);
      } catch {
        set(localId, { localId, phase: 'error', percent: 0, message: '照片读不出来，请换一张' });
        return;
      }
      const listBase64 = await listCopyBase64(path);
      set(localId, { localId, phase: 'uploading', percent: 70 });
      if (!stillTheirs()) {
        changedHands();
        return;
      }
      const result = await api.exhibits.uploadImage(
        { dataBase64, ...(listBase64 ? { listBase64 } : {}) },
        { idempotencyKey: newIdempotencyKey('img') },
      );
      if (!result.ok) {
        set(localId, { localId, phase: 'error', percent: 0, message: result.error.message });
        return;
      }
      if (!stillTheirs()) {
        changedHands();
        return;
      }
      set(localId, null);
      onUploaded({ fileId: result.data.fileId, url: result.data.url });
    },
    [onUploaded],
  );

  const pick = useCallback(async () => {
    if (room <= 0) return;
    let paths: string[];
    try {
      const chosen = await Taro.chooseImage({
        count: room,
        sizeType: ['compressed'],
        sourceType: ['album', 'camera'],
      });
      paths = chosen.tempFilePaths.slice(0, room);
    } catch {
      return; // the villager closed the picker
    }
    const pickedBy = currentAuthor()?.userId ?? null;
    await Promise.all(paths.map((path, i) => sendOne(path, `${Date.now()}-${i}`, pickedBy)));
  }, [room, sendOne]);

  const dismiss = (localId: string) => set(localId, null);
  return { uploads, pick, dismiss, busy: uploads.some((u) => u.phase !== 'error') };
}
