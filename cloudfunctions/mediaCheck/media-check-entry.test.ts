import { exhibitsCollection, uploadsCollection } from '../exhibits/exhibit-collections';
import { exhibitsFunction } from '../exhibits/exhibits-function';
import { demoImagePng } from '../exhibits/seed/demo-image';
import { usersCollection } from '../platform/runtime/platform-collections';
import { notificationOutbox } from '../platform/test-support/outbox-reader';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { riskUploadsCollection } from '../risk/risk-collections';
import { createMediaCheckEntry } from './media-check-entry';
import { MEDIA_CHECK_TARGETS } from './media-check-targets';

/**
 * The `mediaCheck` function on the real SQLite store: WeChat's `wxa_media_check` push as a cloud
 * function configured under 消息推送 receives it (the JSON message as the event), and the
 * exhibits that wait for it.
 */

/** The SCF context of an invocation CloudBase made for a message push (no caller source). */
const pushContext = {
  request_id: 'req-push-1',
  environment: JSON.stringify({
    TCB_CONTEXT_KEYS: 'TCB_ENV,TCB_SEQID,TRIGGER_SRC',
    TCB_ENV: 'env-1',
    TRIGGER_SRC: 'tcb',
  }),
};

/** The context of the mini-program calling the function with `wx.cloud.callFunction`. */
const clientContext = {
  request_id: 'req-call-1',
  environment: JSON.stringify({
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID',
    WX_OPENID: 'oAttacker12345',
    WX_APPID: 'wx8f16a5e5de000000',
    TCB_CONTEXT_KEYS: 'TCB_ENV,TCB_SOURCE',
    TCB_SOURCE: 'wx_client',
  }),
};

function push(traceId: string, suggest: 'pass' | 'review' | 'risky', errcode = 0) {
  const label = suggest === 'pass' ? 100 : 20002;
  return {
    ToUserName: 'gh_38cc49f9733b',
    FromUserName: 'oH1fu0FdHqpToe2T6gBj0WyB8iS1',
    CreateTime: 1764640000,
    MsgType: 'event',
    Event: 'wxa_media_check',
    appid: 'wx8f16a5e5de000000',
    trace_id: traceId,
    version: 2,
    detail: [{ strategy: 'content_model', errcode, suggest, label, prob: 90 }],
    errcode,
    errmsg: errcode === 0 ? 'ok' : 'media download failed',
    ...(errcode === 0 ? { result: { suggest, label } } : {}),
  };
}

let t: TestPlatform;
let villagerId: string;
let entry: ReturnType<typeof createMediaCheckEntry>;

beforeEach(async () => {
  t = await createTestPlatform();
  await t.tokenFor('villager');
  const villager = (await t.store.collection(usersCollection).find({ openid: 'dev:villager' }))
    .items[0];
  if (!villager) throw new Error('no villager');
  villagerId = villager._id;
  entry = createMediaCheckEntry(t.platform.deps, MEDIA_CHECK_TARGETS);
});
afterEach(() => t.cleanup());

/** A photo upload as the exhibits upload records it while WeChat's verdict is pending. */
async function pendingPhoto(traceId: string, withListCopy = false): Promise<string> {
  const files = t.platform.deps.files;
  const stored = await files.put({
    feature: 'exhibits',
    owner: villagerId,
    purpose: 'photo',
    bytes: demoImagePng(traceId.length),
    contentType: 'image/png',
  });
  const list = withListCopy
    ? await files.put({
        feature: 'exhibits',
        owner: villagerId,
        purpose: 'list-copy',
        bytes: demoImagePng(7, 64, 48),
        contentType: 'image/png',
      })
    : null;
  await t.store.collection(uploadsCollection).insert({
    _id: stored.fileId,
    ownerId: villagerId,
    listFileId: list?.fileId ?? null,
    contentType: 'image/png',
    bytes: 100,
    createdAt: t.clock.now().toISOString(),
    sweepAfter: null,
    contentCheck: 'pending',
    contentCheckTraceId: traceId,
  });
  return stored.fileId;
}

/** The villager's contribution waiting for the village cadre. */
async function pendingExhibit(imageFileIds: string[], coverListFileId: string | null = null) {
  const now = t.clock.now().toISOString();
  const e = await t.store.collection(exhibitsCollection).insert({
    villageId: 'village-zheqiao-qimou',
    townId: 'town-zheqiao',
    category: 'old_photo',
    title: '老磨坊',
    story: '村口的老磨坊，爷爷年轻时在这里磨面。',
    era: null,
    imageFileIds,
    status: 'pending',
    reviewNote: null,
    contributorId: villagerId,
    contributorName: '马德礼',
    demo: false,
    createdAt: now,
    updatedAt: now,
    publishedAt: null,
    coverListFileId,
  });
  return e._id;
}

test('a cadre cannot publish while a photo waits for its check; after pass it goes out with the photo', async () => {
  const photo = await pendingPhoto('trace-pass-1');
  const exhibitId = await pendingExhibit([photo]);
  const exhibits = t.client(exhibitsFunction);

  expect(await exhibits('village_cadre', 'review', { exhibitId, decision: 'publish' })).toEqual({
    ok: false,
    error: { code: 'CONFLICT', message: '照片还在安全检查中，请稍后再通过。' },
  });
  expect((await t.store.collection(exhibitsCollection).get(exhibitId))?.status).toBe('pending');

  expect(await entry(push('trace-pass-1', 'pass'), pushContext)).toBe('success');
  expect(await t.store.collection(uploadsCollection).get(photo)).toMatchObject({
    contentCheck: 'passed',
    contentCheckLabel: 100,
  });

  const published = await exhibits('village_cadre', 'review', { exhibitId, decision: 'publish' });
  expect(published).toMatchObject({ ok: true, data: { status: 'published' } });
  const seen = await exhibits(null, 'get', { exhibitId });
  expect(seen.ok && (seen.data.images as Array<{ fileId: string }>).map((i) => i.fileId)).toEqual([
    photo,
  ]);
});

test('a cadre may still reject or ask for an edit while photos wait', async () => {
  const exhibitId = await pendingExhibit([await pendingPhoto('trace-wait-1')]);
  const r = await t.client(exhibitsFunction)('village_cadre', 'review', {
    exhibitId,
    decision: 'reject',
    reason: '照片不清楚',
  });
  expect(r).toMatchObject({ ok: true, data: { status: 'rejected' } });
});

test('a risky photo is hidden from the exhibit, its bytes and list copy removed, and the contributor told', async () => {
  const bad = await pendingPhoto('trace-risky-1', true);
  const good = await pendingPhoto('trace-ok-2');
  const badUpload = await t.store.collection(uploadsCollection).get(bad);
  const exhibitId = await pendingExhibit([bad, good], badUpload?.listFileId ?? null);

  expect(await entry(push('trace-risky-1', 'risky'), pushContext)).toBe('success');
  expect(await entry(push('trace-ok-2', 'pass'), pushContext)).toBe('success');

  expect(await t.store.collection(uploadsCollection).get(bad)).toMatchObject({
    contentCheck: 'refused',
    contentCheckLabel: 20002,
  });
  expect(await t.platform.deps.files.get(bad)).toBeNull();
  expect(await t.platform.deps.files.get(badUpload?.listFileId ?? '')).toBeNull();
  expect(await notificationOutbox(t.store)).toEqual([
    expect.objectContaining({
      userId: villagerId,
      template: 'exhibits.photoRefused',
      data: { fileId: bad, reason: 'risky' },
    }),
  ]);

  const exhibits = t.client(exhibitsFunction);
  const published = await exhibits('village_cadre', 'review', { exhibitId, decision: 'publish' });
  expect(published.ok && published.data.images).toEqual([
    { fileId: good, url: expect.any(String) as string },
  ]);
  const page = await exhibits(null, 'list', { villageId: 'village-zheqiao-qimou' });
  const card = page.ok
    ? (page.data.items as Array<{ exhibitId: string; coverUrl: string | null }>).find(
        (c) => c.exhibitId === exhibitId,
      )
    : undefined;
  // The cover is the remaining photo, not the refused one's small copy.
  expect(card?.coverUrl).toContain(`/${good}?`);
});

test('review is refused like risky, and a push reporting a failed check refuses too', async () => {
  const unsure = await pendingPhoto('trace-review-1');
  const failed = await pendingPhoto('trace-failed-1');
  await entry(push('trace-review-1', 'review'), pushContext);
  await entry(push('trace-failed-1', 'pass', 41001), pushContext);
  const uploads = t.store.collection(uploadsCollection);
  expect((await uploads.get(unsure))?.contentCheck).toBe('refused');
  expect((await uploads.get(failed))?.contentCheck).toBe('refused');
  // The test clock stands still, so both notices carry the same time: compare them unordered.
  expect((await notificationOutbox(t.store)).map((n) => n.data.reason).sort()).toEqual([
    'check_failed',
    'review',
  ]);
});

test('risk photos get their verdict too; a refused one is kept for the case, its uploader told', async () => {
  const risk = t.store.collection(riskUploadsCollection);
  await risk.insert({
    _id: 'risk/2026-12/a.jpg',
    ownerId: villagerId,
    contentType: 'image/jpeg',
    bytes: 100,
    createdAt: t.clock.now().toISOString(),
    contentCheck: 'pending',
    contentCheckTraceId: 'trace-risk-1',
  });
  await risk.insert({
    _id: 'risk/2026-12/b.jpg',
    ownerId: villagerId,
    contentType: 'image/jpeg',
    bytes: 100,
    createdAt: t.clock.now().toISOString(),
    contentCheck: 'pending',
    contentCheckTraceId: 'trace-risk-2',
  });
  await entry(push('trace-risk-1', 'pass'), pushContext);
  await entry(push('trace-risk-2', 'risky'), pushContext);
  expect((await risk.get('risk/2026-12/a.jpg'))?.contentCheck).toBe('passed');
  expect((await risk.get('risk/2026-12/b.jpg'))?.contentCheck).toBe('refused');
  expect(await notificationOutbox(t.store)).toEqual([
    expect.objectContaining({ template: 'risk.photoRefused', userId: villagerId }),
  ]);
});

test('a repeated push changes nothing and tells nobody twice; an unknown trace id is acknowledged', async () => {
  await pendingPhoto('trace-twice-1');
  await entry(push('trace-twice-1', 'risky'), pushContext);
  const after = t.digest();
  expect(await entry(push('trace-twice-1', 'pass'), pushContext)).toBe('success');
  expect(await entry(push('trace-nobody', 'risky'), pushContext)).toBe('success');
  expect(t.digest()).toBe(after);
});

test('the app calling the function is refused before the event is read: nobody passes their own photo', async () => {
  const photo = await pendingPhoto('trace-forged-1');
  const before = t.digest();
  for (const context of [
    clientContext,
    {
      environment: JSON.stringify({ TCB_SOURCE: 'wx_devtools' }),
    },
    { environment: JSON.stringify({ TCB_SOURCE: 'wx_client,scf' }) },
    { environment: JSON.stringify({ TCB_UUID: 'web-user-1' }) },
    undefined,
  ]) {
    expect(await entry(push('trace-forged-1', 'pass'), context)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  }
  expect(t.digest()).toBe(before);
  expect((await t.store.collection(uploadsCollection).get(photo))?.contentCheck).toBe('pending');
});

test('anything but a wxa_media_check push is VALIDATION_FAILED and writes nothing', async () => {
  await pendingPhoto('trace-shape-1');
  const before = t.digest();
  for (const event of [
    { action: 'list', payload: {} },
    { ...push('trace-shape-1', 'pass'), Event: 'user_enter_tempsession' },
    { ...push('trace-shape-1', 'pass'), trace_id: '' },
    'success',
  ]) {
    expect(await entry(event, pushContext)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
  }
  expect(t.digest()).toBe(before);
});
