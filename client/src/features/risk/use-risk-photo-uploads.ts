import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { api } from '../../api/api';
import { clientEnv } from '../../env';
import type { PhotoUpload } from '../exhibits/use-photo-uploads';
import { readFileBase64 } from '../exhibits/read-file-base64';
import { compressImage } from '../images/compress-image';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import { currentAuthor } from '../session/session-store';

/**
 * The photos of a risk report, as the 村史 contribute form does it: pick, compress, send as
 * base64 with `risk.uploadPhoto`, progress per photo; a finished photo goes to `onUploaded`
 * (the draft keeps it). A photo goes up only as the person who picked it.
 */
export function useRiskPhotoUploads(
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
  const fail = (localId: string, message: string) =>
    set(localId, { localId, phase: 'error', percent: 0, message });

  const sendOne = useCallback(
    async (path: string, localId: string, pickedBy: string | null) => {
      const stillTheirs = () => pickedBy !== null && currentAuthor()?.userId === pickedBy;
      set(localId, { localId, phase: 'compressing', percent: 10 });
      const image = await compressImage(clientEnv.platform, path);
      set(localId, { localId, phase: 'uploading', percent: 40 });
      let dataBase64: string;
      try {
        dataBase64 = await readFileBase64(clientEnv.platform, image.path);
      } catch {
        fail(localId, '照片读不出来，请换一张');
        return;
      }
      if (!stillTheirs()) return fail(localId, '登录的人换了，这张照片没有上传');
      set(localId, { localId, phase: 'uploading', percent: 70 });
      const result = await api.risk.uploadPhoto(
        { dataBase64 },
        { idempotencyKey: newIdempotencyKey('rph') },
      );
      if (!result.ok) return fail(localId, result.error.message);
      if (!stillTheirs()) return fail(localId, '登录的人换了，这张照片没有上传');
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
