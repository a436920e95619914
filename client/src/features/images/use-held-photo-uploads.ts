import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { LIST_IMAGE_SIDE } from '@shared/exhibits/image-kind';
import { isRetryable } from '../../api/client-call-result';
import { clientEnv } from '../../env';
import { appHeldPhotoDeps } from '../outbox/held-photo-senders';
import { currentAuthor } from '../session/session-store';
import { compressImage, type CompressedImage } from './compress-image';
import { heldIdOf, heldMarker, type HeldFeature } from './held-photo';
import type { PhotoBytes } from './held-photo-store';
import { NOT_AN_IMAGE, NOT_AN_IMAGE_MESSAGE } from './picked-files';
import { sendHeldPhoto, type SendHeldPhotoDeps } from './send-held-photo';
import { chooseFromPhone } from './choose-from-phone';

/** A photo in a form's draft: a fileId from the server, or a held-photo marker while it waits. */
export interface DraftPhoto {
  fileId: string;
  url: string;
  /** The held photo it came from: released from the phone once its submission is sent. */
  heldId?: string;
}

/** The held photos a draft uses, in order (for the outbox item that submits it). */
export function heldIdsOfDraft(photos: readonly DraftPhoto[]): string[] {
  return photos.flatMap((p) => {
    const id = p.heldId ?? heldIdOf(p.fileId);
    return id ? [id] : [];
  });
}

/** Shown on a held photo that is waiting for the network (the outbox or the form sends it). */
export const WAITING_FOR_NETWORK = '等网络，联网后自动上传';

/** A photo being made ready (compressed) or refused before it reached the draft. */
export type PhotoUpload =
  | { localId: string; phase: 'compressing' | 'uploading'; percent: number }
  | { localId: string; phase: 'error'; percent: number; message: string };

/** Where a photo of the form stands (photos still being made ready have no draft entry yet). */
export type HeldPhotoState =
  | { phase: 'compressing' | 'uploading'; percent: number }
  | { phase: 'waiting'; percent: number }
  | { phase: 'error'; percent: number; message: string };

export interface HeldPhotoUploadDeps {
  compress: typeof compressImage;
  choose: (count: number) => Promise<string[] | null>;
  send: SendHeldPhotoDeps;
}

const CHANGED_HANDS = '登录的人换了，这张照片没有保存';

function bytesOf(image: CompressedImage): PhotoBytes {
  return image.blob ?? image.path;
}

/**
 * Photos for a form whose submission goes through the outbox (我要投稿, 申请理赔's papers):
 * each picked photo is compressed (≤ 150 KB at the detail page's size, plus the list copy where
 * the feature wants one), kept on the phone for the person who picked it, and put in the draft at
 * once as a held-photo marker — the count 已选 n/9 counts it. Then it is sent (progress per
 * photo); with no network it waits (等网络，联网后自动上传) and is sent when the network returns,
 * by this form or, once the form is submitted, by the outbox before the submission. When it has
 * reached the server, `onSent` swaps the marker for its fileId in the draft.
 */
export function useHeldPhotoUploads(
  feature: HeldFeature,
  listCopy: boolean,
  photos: readonly DraftPhoto[],
  room: number,
  handlers: {
    onHeld: (photo: DraftPhoto) => void;
    onSent: (marker: string, photo: DraftPhoto) => void;
  },
  deps: Partial<HeldPhotoUploadDeps> = {},
) {
  const compress = deps.compress ?? compressImage;
  const choose = deps.choose ?? chooseFromPhone;
  const sendDeps = deps.send ?? appHeldPhotoDeps();
  const [states, setStates] = useState<Record<string, HeldPhotoState>>({});
  const set = (id: string, next: HeldPhotoState | null) =>
    setStates((before) => {
      const copy = { ...before };
      if (next) copy[id] = next;
      else delete copy[id];
      return copy;
    });
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const sendDepsRef = useRef(sendDeps);
  sendDepsRef.current = sendDeps;

  const send = useCallback(async (localId: string) => {
    const owner = currentAuthor()?.userId;
    if (!owner) return;
    set(localId, { phase: 'uploading', percent: 5 });
    const result = await sendHeldPhoto(owner, localId, {
      ...sendDepsRef.current,
      onProgress: (percent) => set(localId, { phase: 'uploading', percent }),
    });
    if (currentAuthor()?.userId !== owner) return set(localId, null);
    if (result.ok) {
      set(localId, null);
      handlersRef.current.onSent(heldMarker(localId), { ...result.data, heldId: localId });
    } else if (isRetryable(result.error.code)) {
      set(localId, { phase: 'waiting', percent: 0 });
    } else {
      set(localId, { phase: 'error', percent: 0, message: result.error.message });
    }
  }, []);

  // Held photos of the draft (a reload, a network that came back) go up without a tap.
  const heldIds = photos.map((p) => heldIdOf(p.fileId)).filter((id): id is string => id !== null);
  const heldKey = heldIds.join(',');
  const statesRef = useRef(states);
  statesRef.current = states;
  const retryWaiting = useCallback(() => {
    for (const id of heldKey ? heldKey.split(',') : []) {
      const state = statesRef.current[id];
      if (!state || state.phase === 'waiting') void send(id);
    }
  }, [heldKey, send]);
  useEffect(() => {
    retryWaiting();
    // Once on opening the form (a reload): a new photo is sent by `pick` itself.
  }, []);
  useEffect(() => {
    const onChange = (status: { isConnected: boolean }) => {
      if (status.isConnected) retryWaiting();
    };
    try {
      Taro.onNetworkStatusChange(onChange);
    } catch {
      // no network events: the outbox still sends them with the submission
    }
    const online = () => onChange({ isConnected: true });
    const browser = typeof window !== 'undefined' && typeof window.addEventListener === 'function';
    if (browser) window.addEventListener('online', online);
    return () => {
      if (browser) window.removeEventListener('online', online);
      try {
        Taro.offNetworkStatusChange(onChange);
      } catch {
        // nothing to remove
      }
    };
  }, [retryWaiting]);

  const [preparing, setPreparing] = useState<{ localId: string; state: HeldPhotoState }[]>([]);
  const prepare = (localId: string, state: HeldPhotoState | null) =>
    setPreparing((before) =>
      state
        ? before.some((p) => p.localId === localId)
          ? before.map((p) => (p.localId === localId ? { localId, state } : p))
          : [...before, { localId, state }]
        : before.filter((p) => p.localId !== localId),
    );

  const holdOne = useCallback(
    async (path: string, tempId: string, pickedBy: string | null) => {
      const fail = (message: string) => prepare(tempId, { phase: 'error', percent: 0, message });
      if (path === NOT_AN_IMAGE) return fail(NOT_AN_IMAGE_MESSAGE);
      if (!pickedBy) return fail('请先登录，再选照片');
      prepare(tempId, { phase: 'compressing', percent: 0 });
      const image = await compress(clientEnv.platform, path).catch(() => null);
      if (!image) return fail('照片读不出来，请换一张');
      const small = listCopy
        ? await compress(clientEnv.platform, path, { maxSide: LIST_IMAGE_SIDE, quality: 60 }).catch(
            () => null,
          )
        : null;
      if (currentAuthor()?.userId !== pickedBy) return fail(CHANGED_HANDS);
      const held = await sendDepsRef.current.photos
        .hold(pickedBy, feature, {
          photo: bytesOf(image),
          ...(small?.compressed ? { listCopy: bytesOf(small) } : {}),
          size: image.bytes ?? 0,
        })
        .catch(() => null);
      if (!held) return fail('手机存不下这张照片了，请清理一下再试');
      const url =
        (await sendDepsRef.current.photos.url(pickedBy, held.localId, 'photo')) ??
        heldMarker(held.localId);
      prepare(tempId, null);
      handlersRef.current.onHeld({ fileId: heldMarker(held.localId), url, heldId: held.localId });
      await send(held.localId);
    },
    [compress, feature, listCopy, send],
  );

  const free = room - preparing.filter((p) => p.state.phase !== 'error').length;
  const pick = useCallback(async () => {
    if (free <= 0) return;
    const paths = (await choose(free))?.slice(0, free);
    if (!paths) return;
    const pickedBy = currentAuthor()?.userId ?? null;
    // One after another: on a weak link parallel uploads only fail together.
    for (const [i, path] of paths.entries()) await holdOne(path, `${Date.now()}-${i}`, pickedBy);
  }, [free, choose, holdOne]);

  /** A held photo taken out of the draft is removed from the phone too. */
  const release = useCallback((photo: DraftPhoto) => {
    const id = photo.heldId ?? heldIdOf(photo.fileId);
    const owner = currentAuthor()?.userId;
    if (id && owner) void sendDepsRef.current.photos.release(owner, id);
  }, []);

  return {
    /** Photos being made ready (compressing) or refused before they reached the draft. */
    uploads: preparing.map(({ localId, state }): PhotoUpload =>
      state.phase === 'error'
        ? { localId, phase: 'error' as const, percent: 0, message: state.message }
        : { localId, phase: 'compressing' as const, percent: state.percent },
    ),
    /** State of each held photo of the draft, by its marker (none known yet: waiting). */
    stateOf: (fileId: string): HeldPhotoState | null => {
      const id = heldIdOf(fileId);
      if (!id) return null;
      return states[id] ?? { phase: 'waiting', percent: 0 };
    },
    room: Math.max(0, free),
    pick,
    dismiss: (tempId: string) => prepare(tempId, null),
    release,
    /** Photos are being compressed: the form waits for them to reach the draft. */
    busy: preparing.some((p) => p.state.phase === 'compressing'),
    /** Held photos of the draft still waiting or going up. */
    waiting: heldIds.length,
    /** Tries the waiting ones again now (a tap that needs them sent). */
    retry: retryWaiting,
  };
}
