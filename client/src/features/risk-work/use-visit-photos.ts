import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { api } from '../../api/api';
import { clientEnv } from '../../env';
import type { PhotoUpload } from '../exhibits/use-photo-uploads';
import { readFileBase64 } from '../exhibits/read-file-base64';
import { compressImage } from '../images/compress-image';
import { newIdempotencyKey } from '../outbox/idempotency-key';

export const MAX_VISIT_PHOTOS = 6;

/**
 * 入户核实 photos: pick, compress, send with `risk.uploadPhoto`; the finished ones are listed
 * for the visit's `photoFileIds`. Progress and errors per photo, as in the exhibit form.
 */
export function useVisitPhotos() {
  const [photos, setPhotos] = useState<{ fileId: string; url: string }[]>([]);
  const [uploads, setUploads] = useState<PhotoUpload[]>([]);
  const set = (localId: string, next: PhotoUpload | null) =>
    setUploads((before) =>
      next
        ? before.some((u) => u.localId === localId)
          ? before.map((u) => (u.localId === localId ? next : u))
          : [...before, next]
        : before.filter((u) => u.localId !== localId),
    );

  const sendOne = useCallback(async (path: string, localId: string) => {
    set(localId, { localId, phase: 'compressing', percent: 10 });
    const image = await compressImage(clientEnv.platform, path);
    set(localId, { localId, phase: 'uploading', percent: 50 });
    let dataBase64: string;
    try {
      dataBase64 = await readFileBase64(clientEnv.platform, image.path);
    } catch {
      set(localId, { localId, phase: 'error', percent: 0, message: '照片读不出来，请换一张' });
      return;
    }
    const result = await api.risk.uploadPhoto(
      { dataBase64 },
      { idempotencyKey: newIdempotencyKey('rimg') },
    );
    if (!result.ok) {
      set(localId, { localId, phase: 'error', percent: 0, message: result.error.message });
      return;
    }
    set(localId, null);
    setPhotos((before) => [...before, { fileId: result.data.fileId, url: result.data.url }]);
  }, []);

  const room = MAX_VISIT_PHOTOS - photos.length - uploads.filter((u) => u.phase !== 'error').length;
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
      return; // the picker was closed
    }
    await Promise.all(paths.map((path, i) => sendOne(path, `${Date.now()}-${i}`)));
  }, [room, sendOne]);

  return {
    photos,
    uploads,
    room,
    pick,
    remove: (fileId: string) => setPhotos((before) => before.filter((p) => p.fileId !== fileId)),
    dismiss: (localId: string) => set(localId, null),
    busy: uploads.some((u) => u.phase !== 'error'),
  };
}
