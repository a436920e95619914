import { UNATTACHED_UPLOAD_TTL_MS } from '@shared/exhibits/unattached-upload-ttl';
import { networkError, type ClientCallResult } from '../../api/client-call-result';
import type { UploadFile } from '../../api/upload-file';
import { taroStorage } from '../../../test-support/taro-mock';
import { createOutbox } from '../outbox/outbox';
import { heldIdsIn, heldMarker } from './held-photo';
import { createHeldPhotos, memoryHeldPhotoBackend } from './held-photo-store';
import type { PhotoUploadFeature, UploadedPart } from './photo-upload-feature';
import { forgetHeldPhotoAnswer, sendHeldPhoto } from './send-held-photo';

/*
 * The held-photo store is tested over an in-memory backend with the same contract as IndexedDB
 * (h5) and the user data folder (weapp); the real IndexedDB one is exercised in Chromium by the
 * e2e journey `offlinePhotos` (a reload in the middle).
 */

const photoBlob = () => new Blob([new Uint8Array(1000).fill(1)], { type: 'image/jpeg' });

describe('the held-photo store', () => {
  test('belongs to one person: another user on the phone neither reads nor lists it', async () => {
    const backend = memoryHeldPhotoBackend();
    const photos = createHeldPhotos(backend);
    const held = await photos.hold('u-ma', 'exhibits', { photo: photoBlob(), size: 1000 });
    expect(await photos.get('u-ma', held.localId)).toMatchObject({ ownerId: 'u-ma', bytes: 1000 });
    expect(await photos.get('u-wang', held.localId)).toBeNull();
    expect(await photos.url('u-wang', held.localId, 'photo')).toBeNull();
    expect(await photos.listOf('u-wang')).toEqual([]);
    expect((await photos.listOf('u-ma')).map((p) => p.localId)).toEqual([held.localId]);
  });

  test('survives a re-open (a reload: a new store over the same storage), with its progress', async () => {
    const backend = memoryHeldPhotoBackend();
    const first = createHeldPhotos(backend);
    const held = await first.hold('u-ma', 'claims', { photo: photoBlob(), size: 1000 });
    await first.save({ ...held, parts: { photo: { ...held.parts.photo!, fileId: 'f-1' } } });
    const reopened = createHeldPhotos(backend);
    expect(await reopened.get('u-ma', held.localId)).toMatchObject({
      feature: 'claims',
      parts: { photo: { fileId: 'f-1' } },
      finishKey: held.finishKey,
    });
    expect(await reopened.url('u-ma', held.localId, 'photo')).not.toBeNull();
  });

  test('released once sent; logout without keeping removes only that person', async () => {
    const backend = memoryHeldPhotoBackend();
    const photos = createHeldPhotos(backend);
    const a = await photos.hold('u-ma', 'exhibits', {
      photo: photoBlob(),
      listCopy: photoBlob(),
      size: 1,
    });
    const b = await photos.hold('u-ma', 'exhibits', { photo: photoBlob(), size: 1 });
    const c = await photos.hold('u-wang', 'exhibits', { photo: photoBlob(), size: 1 });
    await photos.release('u-ma', a.localId);
    expect(await photos.get('u-ma', a.localId)).toBeNull();
    expect(await photos.url('u-ma', a.localId, 'list-copy')).toBeNull();
    await photos.forgetOwner('u-ma');
    expect(await photos.get('u-ma', b.localId)).toBeNull();
    expect(await photos.get('u-wang', c.localId)).not.toBeNull();
    expect(backend.size()).toBe(2); // Wang's record and its bytes
  });
});

/**
 * The server as the real actions behave (handler tests cover them): `startUpload` and the
 * finishing call answer the first result again for a repeated idempotency key; storage keeps
 * what reached it; each finishing call with a new key takes one photo (one `uploads` record).
 */
function fakeServer() {
  const byKey = new Map<string, unknown>();
  const stored = new Map<string, number>();
  const taken: string[] = [];
  let tickets = 0;
  let failNext: { step: 'upload' | 'finish'; after: boolean } | null = null;
  const once = <T>(key: string, make: () => T): T => {
    if (!byKey.has(key)) byKey.set(key, make());
    return byKey.get(key) as T;
  };
  const feature: PhotoUploadFeature = {
    listCopy: false,
    keyPrefix: 'img',
    start: (kind, key) =>
      Promise.resolve({
        ok: true,
        data: once(key, () => {
          tickets += 1;
          return {
            ticketId: `t${tickets}`,
            cloudPath: `${kind}/${tickets}.bin`,
            localUploadUrl: null,
            expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
          };
        }),
      }),
    finish: (parts: { photo: UploadedPart }, key) => {
      const result = once(key, () => {
        taken.push(parts.photo.fileId);
        return { fileId: `exhibits/${taken.length}.jpg`, url: `/files/${taken.length}` };
      });
      // The server did it, but the answer never came back (the link dropped).
      if (failNext?.step === 'finish') {
        failNext = null;
        return Promise.resolve(networkError());
      }
      return Promise.resolve({ ok: true, data: result });
    },
  };
  const uploadFile: UploadFile = (target, _path, onProgress) => {
    if (failNext?.step === 'upload' && !failNext.after) {
      failNext = null;
      return Promise.resolve(networkError());
    }
    stored.set(target.cloudPath, (stored.get(target.cloudPath) ?? 0) + 1);
    onProgress?.(10, 10);
    if (failNext?.step === 'upload') {
      failNext = null;
      return Promise.resolve(networkError());
    }
    return Promise.resolve({ ok: true, data: { fileId: target.cloudPath } });
  };
  return {
    feature,
    uploadFile,
    taken,
    stored,
    tickets: () => tickets,
    dropNext: (step: 'upload' | 'finish', after = true) => {
      failNext = { step, after };
    },
  };
}

describe('sending a held photo: once, whatever breaks', () => {
  const setup = () => {
    const server = fakeServer();
    const photos = createHeldPhotos(memoryHeldPhotoBackend());
    const deps = {
      photos,
      features: { exhibits: server.feature, claims: server.feature, risk: server.feature },
      uploadFile: server.uploadFile,
    };
    return { server, photos, deps };
  };

  test('the answer of the finishing call is lost: the retry gets the first result, one photo taken', async () => {
    const { server, photos, deps } = setup();
    const held = await photos.hold('u-ma', 'exhibits', { photo: photoBlob(), size: 1000 });
    server.dropNext('finish');
    expect(await sendHeldPhoto('u-ma', held.localId, deps)).toMatchObject({
      ok: false,
      error: { code: 'NETWORK' },
    });
    const again = await sendHeldPhoto('u-ma', held.localId, deps);
    expect(again).toEqual({ ok: true, data: { fileId: 'exhibits/1.jpg', url: '/files/1' } });
    expect(server.taken).toEqual(['photo/1.bin']);
    expect(server.tickets()).toBe(1);
    // Done is recorded: a third send (another reload) calls nothing.
    expect(await sendHeldPhoto('u-ma', held.localId, deps)).toEqual(again);
    expect(server.taken).toHaveLength(1);
  });

  test('sent, then a day offline: the server has swept the unused exhibit photo, so it is sent again', async () => {
    const { server, photos, deps } = setup();
    let clock = Date.parse('2026-12-01T08:00:00Z');
    const at = { ...deps, now: () => clock };
    const held = await photos.hold('u-ma', 'exhibits', { photo: photoBlob(), size: 1000 });
    const first = await sendHeldPhoto('u-ma', held.localId, at);
    expect(first).toMatchObject({ ok: true, data: { fileId: 'exhibits/1.jpg' } });
    // Within the day: the recorded answer is used, nothing goes over the link.
    clock += 60 * 60_000;
    expect(await sendHeldPhoto('u-ma', held.localId, at)).toEqual(first);
    expect(server.taken).toHaveLength(1);
    // A day later no exhibit has taken it (sweepUnattachedUploads deleted it): sent once more.
    clock += UNATTACHED_UPLOAD_TTL_MS;
    const again = await sendHeldPhoto('u-ma', held.localId, at);
    expect(again).toMatchObject({ ok: true, data: { fileId: 'exhibits/2.jpg' } });
    expect(server.taken).toEqual(['photo/1.bin', 'photo/2.bin']);
    expect(await sendHeldPhoto('u-ma', held.localId, at)).toEqual(again);
    expect(server.taken).toHaveLength(2);
  });

  test("a claim's paper is kept by the server until a claim takes it: sent once, however long offline", async () => {
    const { server, photos, deps } = setup();
    let clock = Date.parse('2026-12-01T08:00:00Z');
    const at = { ...deps, now: () => clock };
    const held = await photos.hold('u-ma', 'claims', { photo: photoBlob(), size: 1000 });
    const first = await sendHeldPhoto('u-ma', held.localId, at);
    expect(first.ok).toBe(true);
    clock += 7 * UNATTACHED_UPLOAD_TTL_MS;
    expect(await sendHeldPhoto('u-ma', held.localId, at)).toEqual(first);
    expect(server.taken).toHaveLength(1);
  });

  test('the link drops before the bytes arrive: same ticket next time, one file in storage', async () => {
    const { server, photos, deps } = setup();
    const held = await photos.hold('u-ma', 'exhibits', { photo: photoBlob(), size: 1000 });
    server.dropNext('upload', false);
    expect((await sendHeldPhoto('u-ma', held.localId, deps)).ok).toBe(false);
    expect((await sendHeldPhoto('u-ma', held.localId, deps)).ok).toBe(true);
    expect([...server.stored.keys()]).toEqual(['photo/1.bin']);
    expect(server.taken).toEqual(['photo/1.bin']);
  });

  test('the form and the outbox try at the same moment: one send', async () => {
    const { server, photos, deps } = setup();
    const held = await photos.hold('u-ma', 'exhibits', { photo: photoBlob(), size: 1000 });
    const [a, b] = await Promise.all([
      sendHeldPhoto('u-ma', held.localId, deps),
      sendHeldPhoto('u-ma', held.localId, deps),
    ]);
    expect(a).toEqual(b);
    expect(server.stored.get('photo/1.bin')).toBe(1);
    expect(server.taken).toHaveLength(1);
  });
});

describe('the outbox sends held photos first, in order, then the submission with their fileIds', () => {
  beforeEach(() => taroStorage.clear());

  test('offline, a reload, then online: each photo once, before the submit, and released after', async () => {
    const server = fakeServer();
    const backend = memoryHeldPhotoBackend();
    const photos = createHeldPhotos(backend);
    const deps = {
      photos,
      features: { exhibits: server.feature, claims: server.feature, risk: server.feature },
      uploadFile: server.uploadFile,
    };
    const user = { userId: 'u-ma', name: '马文礼' };
    const calls: { action: string; payload: unknown; key: string | undefined }[] = [];
    let online = false;
    const order: string[] = [];
    const make = () =>
      createOutbox({
        call: (_fn, action, payload, options) => {
          calls.push({ action, payload, key: options?.idempotencyKey });
          order.push(action);
          return Promise.resolve(online ? { ok: true, data: { id: 'ex-1' } } : networkError());
        },
        currentUser: () => user,
        setTimer: () => 0,
        clearTimer: () => undefined,
        photos: {
          send: async (owner, id) => {
            if (!online) return networkError();
            order.push(`photo ${id}`);
            return sendHeldPhoto(owner, id, deps);
          },
          release: (owner, id) => photos.release(owner, id),
        },
      });
    const first = await photos.hold('u-ma', 'exhibits', { photo: photoBlob(), size: 1 });
    const second = await photos.hold('u-ma', 'exhibits', { photo: photoBlob(), size: 1 });
    const payload = {
      title: '老木犁',
      imageFileIds: [heldMarker(first.localId), heldMarker(second.localId)],
    };
    const outbox = make();
    outbox.enqueue({
      fn: 'exhibits',
      action: 'submit',
      payload,
      label: '村史投稿',
      photos: heldIdsIn(payload),
    });
    await outbox.flush({ force: true });
    expect(calls).toEqual([]); // no photo could go, so the submission waited
    expect(outbox.items()[0]).toMatchObject({ status: 'pending' });
    outbox.stop();

    // The first photo went up and the app was closed before the second (a crash, a reload).
    online = true;
    expect((await sendHeldPhoto('u-ma', first.localId, deps)).ok).toBe(true);
    const reopened = make();
    await reopened.flush({ force: true });
    expect(server.taken).toEqual(['photo/1.bin', 'photo/2.bin']);
    expect(order).toEqual([`photo ${first.localId}`, `photo ${second.localId}`, 'submit']);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.payload).toEqual({
      title: '老木犁',
      imageFileIds: ['exhibits/1.jpg', 'exhibits/2.jpg'],
    });
    expect(reopened.items()[0]).toMatchObject({ status: 'sent' });
    await new Promise((r) => setTimeout(r, 0));
    expect(await photos.listOf('u-ma')).toEqual([]);
    reopened.stop();
  });

  test('the server no longer has the photos (swept while the phone was offline): sent again once, then the submit', async () => {
    const server = fakeServer();
    const photos = createHeldPhotos(memoryHeldPhotoBackend());
    const deps = {
      photos,
      features: { exhibits: server.feature, claims: server.feature, risk: server.feature },
      uploadFile: server.uploadFile,
    };
    const gone = {
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        message: '填写有误',
        fieldErrors: { imageFileIds: '有照片没有上传成功，请重新选择' },
      },
    } as const;
    const badTitle = {
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: '填写有误', fieldErrors: { title: '太短' } },
    } as const;
    const answers: ClientCallResult<unknown>[] = [gone, { ok: true, data: { id: 'ex-1' } }];
    const calls: unknown[] = [];
    const outbox = createOutbox({
      call: (_fn, _action, payload) => {
        calls.push(payload);
        return Promise.resolve(answers.shift() ?? badTitle);
      },
      currentUser: () => ({ userId: 'u-ma', name: '马' }),
      setTimer: () => 0,
      clearTimer: () => undefined,
      photos: {
        send: (owner, id) => sendHeldPhoto(owner, id, deps),
        release: (owner, id) => photos.release(owner, id),
        resend: (owner, id) => forgetHeldPhotoAnswer(photos, owner, id),
      },
    });
    const held = await photos.hold('u-ma', 'exhibits', { photo: photoBlob(), size: 1 });
    // Sent with the form while online; the submission itself went into the outbox.
    expect((await sendHeldPhoto('u-ma', held.localId, deps)).ok).toBe(true);
    const payload = { title: '老木犁', imageFileIds: [heldMarker(held.localId)] };
    outbox.enqueue({
      fn: 'exhibits',
      action: 'submit',
      payload,
      label: '村史投稿',
      photos: [held.localId],
    });
    await outbox.flush({ force: true });
    expect(outbox.items()[0]).toMatchObject({ status: 'pending' });
    await outbox.flush({ force: true });
    expect(calls).toEqual([
      { title: '老木犁', imageFileIds: ['exhibits/1.jpg'] },
      { title: '老木犁', imageFileIds: ['exhibits/2.jpg'] },
    ]);
    expect(server.taken).toEqual(['photo/1.bin', 'photo/2.bin']);
    expect(outbox.items()[0]).toMatchObject({ status: 'sent' });

    // Any other refusal fails the item as before, and its photos are not sent again.
    const other = await photos.hold('u-ma', 'exhibits', { photo: photoBlob(), size: 1 });
    outbox.enqueue({
      fn: 'exhibits',
      action: 'submit',
      payload: { title: '犁', imageFileIds: [heldMarker(other.localId)] },
      label: '村史投稿',
      photos: [other.localId],
    });
    await outbox.flush({ force: true });
    expect(outbox.items()[1]).toMatchObject({ status: 'failed' });
    expect(server.taken).toHaveLength(3);
    outbox.stop();
  });

  test('another person logged in: their photos stay on the phone, unsent, until they are back', async () => {
    const photos = createHeldPhotos(memoryHeldPhotoBackend());
    let user: { userId: string; name: string | null } | null = { userId: 'u-ma', name: '马' };
    const send = jest.fn(() => Promise.resolve(networkError()));
    const outbox = createOutbox({
      call: () => Promise.resolve(networkError()),
      currentUser: () => user,
      setTimer: () => 0,
      clearTimer: () => undefined,
      photos: { send, release: (o, id) => photos.release(o, id) },
    });
    const held = await photos.hold('u-ma', 'claims', { photo: photoBlob(), size: 1 });
    outbox.enqueue({
      fn: 'claims',
      action: 'submit',
      payload: { documents: [{ item: 'id_card', fileIds: [heldMarker(held.localId)] }] },
      label: '申请理赔',
      photos: [held.localId],
    });
    await outbox.flush({ force: true });
    send.mockClear();
    user = { userId: 'u-wang', name: '王' };
    await outbox.userChanged();
    expect(send).not.toHaveBeenCalled();
    expect(outbox.held()).toHaveLength(1);
    // Ma kept his unsent items at logout: the photo stays with them.
    outbox.forgetUser('u-ma', { keepUnsent: true });
    expect(await photos.get('u-ma', held.localId)).not.toBeNull();
    outbox.forgetUser('u-ma', { keepUnsent: false });
    await new Promise((r) => setTimeout(r, 0));
    expect(await photos.get('u-ma', held.localId)).toBeNull();
    outbox.stop();
  });
});

test('shared phone: a held photo is not sent with the token of whoever logged in meanwhile', async () => {
  const server = fakeServer();
  const photos = createHeldPhotos(memoryHeldPhotoBackend());
  let who = 'u-ma';
  const upload = jest.fn(server.uploadFile);
  const deps = {
    photos,
    features: { exhibits: server.feature, claims: server.feature, risk: server.feature },
    uploadFile: upload,
    currentUser: () => who,
  };
  const held = await photos.hold('u-ma', 'exhibits', { photo: photoBlob(), size: 1 });
  who = 'u-wang';
  expect(await sendHeldPhoto('u-ma', held.localId, deps)).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
  expect(server.tickets()).toBe(0);
  expect(upload).not.toHaveBeenCalled();
  who = 'u-ma';
  expect((await sendHeldPhoto('u-ma', held.localId, deps)).ok).toBe(true);
});
