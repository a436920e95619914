import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { LIST_IMAGE_SIDE } from '@shared/exhibits/image-kind';
import type { ClientCallResult } from '../../api/client-call-result';
import { uploadFile as sendBytes } from '../../api/api';
import type { UploadFile } from '../../api/upload-file';
import { clientEnv } from '../../env';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import { currentAuthor } from '../session/session-store';
import { compressImage } from './compress-image';
import { NOT_AN_IMAGE, NOT_AN_IMAGE_MESSAGE, pickedPaths } from './picked-files';
import type { PhotoUploadFeature, UploadedPart } from './photo-upload-feature';

export type { PhotoUploadFeature, UploadedPart } from './photo-upload-feature';

export type PhotoUpload =
  | { localId: string; phase: 'compressing' | 'uploading'; percent: number }
  | { localId: string; phase: 'error'; percent: number; message: string };

export interface PhotoUploadDeps {
  uploadFile: UploadFile;
  compress: typeof compressImage;
  choose: (count: number) => Promise<string[] | null>;
}

const CHANGED_HANDS = '登录的人换了，这张照片没有上传';

/** Ticket, then the bytes straight to storage: the part a finishing call takes. */
async function sendPart(
  feature: PhotoUploadFeature,
  uploadFile: UploadFile,
  kind: 'photo' | 'list-copy',
  path: string,
): Promise<ClientCallResult<UploadedPart>> {
  const ticket = await feature.start(kind, newIdempotencyKey('upt'));
  if (!ticket.ok) return ticket;
  const sent = await uploadFile(ticket.data, path);
  if (!sent.ok) return sent;
  return { ok: true, data: { ticketId: ticket.data.ticketId, fileId: sent.data.fileId } };
}

/**
 * Picks photos, compresses each (and, where the feature wants one, makes its small list copy),
 * sends the bytes straight to storage with an upload ticket, then finishes with the feature's
 * action. `room` is how many more the form takes. Progress per photo; a finished photo goes to `onUploaded` (the form's draft keeps it).
 * A photo goes up only as the person who picked it, and lands only in their draft.
 */
export function usePhotoUploads(
  feature: PhotoUploadFeature,
  room: number,
  onUploaded: (photo: { fileId: string; url: string }) => void,
  deps: Partial<PhotoUploadDeps> = {},
) {
  const uploadFile = deps.uploadFile ?? sendBytes;
  const compress = deps.compress ?? compressImage;
  const choose = deps.choose ?? chooseFromPhone;
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
      if (path === NOT_AN_IMAGE) return fail(localId, NOT_AN_IMAGE_MESSAGE);
      set(localId, { localId, phase: 'compressing', percent: 10 });
      const image = await compress(clientEnv.platform, path).catch(() => null);
      if (!image) return fail(localId, '照片读不出来，请换一张');
      if (!stillTheirs()) return fail(localId, CHANGED_HANDS);
      set(localId, { localId, phase: 'uploading', percent: 30 });
      const photo = await sendPart(feature, uploadFile, 'photo', image.path);
      if (!photo.ok) return fail(localId, photo.error.message);
      set(localId, { localId, phase: 'uploading', percent: 70 });
      // The list copy is a nicety: if it cannot be made or sent, the card shows the photo.
      let listCopy: UploadedPart | undefined;
      if (feature.listCopy) {
        const small = await compress(clientEnv.platform, path, {
          maxSide: LIST_IMAGE_SIDE,
          quality: 60,
        }).catch(() => null);
        if (small?.compressed && stillTheirs()) {
          const sent = await sendPart(feature, uploadFile, 'list-copy', small.path);
          if (sent.ok) listCopy = sent.data;
        }
      }
      set(localId, { localId, phase: 'uploading', percent: 85 });
      if (!stillTheirs()) return fail(localId, CHANGED_HANDS);
      const done = await feature.finish(
        { photo: photo.data, ...(listCopy ? { listCopy } : {}) },
        newIdempotencyKey(feature.keyPrefix),
      );
      if (!done.ok) return fail(localId, done.error.message);
      if (!stillTheirs()) return fail(localId, CHANGED_HANDS);
      set(localId, null);
      onUploaded({ fileId: done.data.fileId, url: done.data.url });
    },
    [feature, uploadFile, compress, onUploaded],
  );

  // Photos still going up take their slots too.
  const free = room - uploads.filter((u) => u.phase !== 'error').length;
  const pick = useCallback(async () => {
    if (free <= 0) return;
    const paths = (await choose(free))?.slice(0, free);
    if (!paths) return; // the picker was closed
    const pickedBy = currentAuthor()?.userId ?? null;
    await Promise.all(paths.map((path, i) => sendOne(path, `${Date.now()}-${i}`, pickedBy)));
  }, [free, sendOne, choose]);

  const dismiss = (localId: string) => set(localId, null);
  return {
    uploads,
    /** How many more photos may be picked now. */
    room: Math.max(0, free),
    pick,
    dismiss,
    busy: uploads.some((u) => u.phase !== 'error'),
  };
}

export async function chooseFromPhone(count: number): Promise<string[] | null> {
  try {
    const chosen = await Taro.chooseImage({
      count,
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
    });
    // h5 reports each file's type (its dialog can pick any file); weapp picks only images.
    const files = chosen.tempFiles as readonly { path: string; type?: string }[] | undefined;
    return files && files.length > 0 ? pickedPaths(files) : chosen.tempFilePaths;
  } catch {
    return null;
  }
}
