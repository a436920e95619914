import { createCloudbaseFiles } from '../platform/adapters/cloudbase/cloudbase-files';
import { memoryStorage } from '../platform/adapters/cloudbase/test-support/memory-storage';
import type { ImageVerdict } from '../platform/ports/content-check';
import { sweepUploadTickets } from '../platform/runtime/direct-upload';
import { uploadTicketsCollection } from '../platform/runtime/platform-collections';
import { sendAsClient, writeAsClient } from '../platform/test-support/direct-upload-kit';
import type { TestTicket } from '../platform/test-support/direct-upload-kit';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { uploadsCollection } from './exhibit-collections';
import { exhibitsFunction } from './exhibits-function';
import { demoImagePng } from './seed/demo-image';
import { sweepUnattachedUploads, UNATTACHED_UPLOAD_TTL_MS } from './sweep-unattached-uploads';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(exhibitsFunction);
});
afterEach(() => t.cleanup());

const GIF_1X1 = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const PAGE = Buffer.from('<html><body><script>fetch("/api/users")</script></body></html>');
const photo = () => demoImagePng(11, 40, 30);
type Who = Parameters<typeof call>[0];

async function start(who: Who, kind: 'photo' | 'list-copy' = 'photo'): Promise<TestTicket> {
  const r = await call(who, 'startUpload', { kind });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data as unknown as TestTicket;
}
const send = (who: Who, bytes: Buffer) => sendAsClient(t.platform, call, who, bytes);

test('a ticket names a fresh path of the Files port, for 15 minutes, with the photo limit', async () => {
  const a = await start('villager');
  const b = await start('villager');
  expect(a.cloudPath).toMatch(/^exhibits\/\d{4}-\d{2}\/[a-f0-9]{32}\.bin$/);
  expect(a.cloudPath).not.toBe(b.cloudPath);
  expect(a.maxBytes).toBe(2 * 1024 * 1024);
  expect(a.expiresAt).toBe(new Date(t.clock.now().getTime() + 15 * 60_000).toISOString());
  expect(a.localUploadUrl).toMatch(/^\/api\/uploads\/exhibits\/.*\?.*sig=/);
  expect((await start('villager', 'list-copy')).maxBytes).toBe(300 * 1024);
  expect(await call(null, 'startUpload', {})).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
});

test('a photo that passes is stored under a new name; the uploaded object is gone', async () => {
  const bytes = photo();
  const part = await send('villager', bytes);
  const done = await call('villager', 'uploadImage', { photo: part });
  expect(done.ok).toBe(true);
  if (!done.ok) return;
  const stored = String(done.data.fileId);
  expect(stored).not.toBe(part.fileId);
  expect(stored).toMatch(/^exhibits\/\d{4}-\d{2}\/[a-f0-9]{32}\.png$/);
  expect((await t.platform.deps.files.get(stored))?.bytes.equals(bytes)).toBe(true);
  expect(await t.platform.deps.files.get(part.fileId)).toBeNull();
  expect(await t.store.collection(uploadsCollection).get(stored)).toMatchObject({
    ownerId: expect.any(String),
    contentCheck: 'passed',
  });
  expect((await t.store.collection(uploadTicketsCollection).get(part.ticketId))?.usedAt).toBe(
    t.clock.now().toISOString(),
  );
});

test("another person's ticket is refused like a missing one, and stays usable by its owner", async () => {
  const part = await send('villager', photo());
  const before = await t.store.collection(uploadsCollection).count();
  expect(await call('villager_b', 'uploadImage', { photo: part })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { photo: '上传已失效，请重新选择照片' } },
  });
  expect(
    await call('villager', 'uploadImage', {
      photo: { ticketId: 'f'.repeat(32), fileId: part.fileId },
    }),
  ).toMatchObject({ ok: false, error: { fieldErrors: { photo: '上传已失效，请重新选择照片' } } });
  expect(await t.store.collection(uploadsCollection).count()).toBe(before);
  expect((await call('villager', 'uploadImage', { photo: part })).ok).toBe(true);
});

test('a ticket is used once: the second finish is a CONFLICT', async () => {
  const part = await send('villager', photo());
  expect((await call('villager', 'uploadImage', { photo: part })).ok).toBe(true);
  expect(await call('villager', 'uploadImage', { photo: part })).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT' },
  });
});

test('an expired ticket is refused', async () => {
  const part = await send('villager', photo());
  t.clock.advance(15 * 60_000 + 1);
  expect(await call('villager', 'uploadImage', { photo: part })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { photo: '上传已失效，请重新选择照片' } },
  });
});

test("a fileId that is not the ticket's path is refused (another upload, a published photo)", async () => {
  const mine = await send('villager', photo());
  const other = await send('villager', photo());
  expect(
    await call('villager', 'uploadImage', {
      photo: { ticketId: mine.ticketId, fileId: other.fileId },
    }),
  ).toMatchObject({
    ok: false,
    error: { fieldErrors: { photo: expect.stringContaining('对不上') } },
  });
  // A list-copy ticket cannot finish a photo either.
  const small = await start('villager', 'list-copy');
  const smallId = await writeAsClient(t.platform, small, photo());
  expect(
    await call('villager', 'uploadImage', { photo: { ticketId: small.ticketId, fileId: smallId } }),
  ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
});

test('nothing uploaded yet: refused plainly', async () => {
  const ticket = await start('villager');
  expect(
    await call('villager', 'uploadImage', {
      photo: { ticketId: ticket.ticketId, fileId: ticket.cloudPath },
    }),
  ).toMatchObject({ ok: false, error: { fieldErrors: { photo: '照片没有传上去，请重新选择' } } });
});

test.each([
  ['bytes that are no image', Buffer.from('MZ this is a program')],
  ['a GIF header followed by HTML/JS', Buffer.concat([Buffer.from('GIF89a'), PAGE])],
  ['a whole GIF followed by HTML/JS', Buffer.concat([GIF_1X1, PAGE])],
])('%s: refused, nothing kept, the uploaded object deleted', async (_name, bytes) => {
  const part = await send('villager', bytes);
  const before = await t.store.collection(uploadsCollection).count();
  expect(await call('villager', 'uploadImage', { photo: part })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED' },
  });
  expect(await t.store.collection(uploadsCollection).count()).toBe(before);
  expect(await t.platform.deps.files.get(part.fileId)).toBeNull();
});

test('a photo over the limit is refused by its size before it is read (CloudBase storage does not limit it)', async () => {
  const storage = memoryStorage();
  const downloads: string[] = [];
  const download = storage.downloadFile.bind(storage);
  storage.downloadFile = (o) => {
    downloads.push(o.fileID);
    return download(o);
  };
  t.platform.deps.files = createCloudbaseFiles({ client: storage });
  const big = Buffer.concat([photo(), Buffer.alloc(2 * 1024 * 1024)]);
  const part = await sendAsClient(t.platform, call, 'villager', big, { storage });
  expect(await call('villager', 'uploadImage', { photo: part })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { photo: expect.stringContaining('太大') } },
  });
  expect(storage.paths()).toEqual([]);
  expect(downloads).toEqual([]); // its size was asked first; the object was never read
});

test('every photo goes through the image content check: refused is not stored, pending is recorded', async () => {
  const seen: string[] = [];
  let answer: ImageVerdict = { ok: false, reason: '图片可能含有不当信息，请换一张' };
  t.platform.deps.contentCheck = {
    ...t.platform.deps.contentCheck,
    checkImage: ({ url, contentType }) => {
      seen.push(`${contentType} ${url.split('?')[0] ?? ''}`);
      return Promise.resolve(answer);
    },
  };
  const refused = await call('villager', 'uploadImage', { photo: await send('villager', photo()) });
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', message: '图片可能含有不当信息，请换一张' },
  });
  expect(seen).toEqual([expect.stringMatching(/^image\/png \/files\/exhibits\//)]);
  const refusedFile = seen[0]?.split(' /files/')[1] ?? '';
  expect(await t.platform.deps.files.get(refusedFile)).toBeNull();
  expect(await t.store.collection(uploadsCollection).count()).toBe(0);

  answer = { ok: 'pending', traceId: 'trace-1' };
  const pending = await call('villager', 'uploadImage', { photo: await send('villager', photo()) });
  expect(pending.ok).toBe(true);
  const doc = await t.store
    .collection(uploadsCollection)
    .get(String(pending.ok ? pending.data.fileId : ''));
  expect(doc).toMatchObject({ contentCheck: 'pending', contentCheckTraceId: 'trace-1' });
});

test('an upload no exhibit took within a day is swept; an attached one stays', async () => {
  const up = async () => {
    const r = await call('villager', 'uploadImage', { photo: await send('villager', photo()) });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return String(r.data.fileId);
  };
  const lonely = await up();
  const used = await up();
  const sent = await call('villager', 'submit', {
    villageId: 'village-zheqiao-qimou',
    category: 'artifact',
    title: '老算盘',
    story: '爷爷当会计时用的算盘。',
    imageFileIds: [used],
  });
  expect(sent.ok).toBe(true);
  const { store, deps } = t.platform;
  t.clock.advance(UNATTACHED_UPLOAD_TTL_MS - 60_000);
  expect(await sweepUnattachedUploads(store, deps.files, t.clock, deps.logger)).toBe(0);
  t.clock.advance(2 * 60_000);
  expect(await sweepUnattachedUploads(store, deps.files, t.clock, deps.logger)).toBe(1);
  expect(await deps.files.get(lonely)).toBeNull();
  expect(await store.collection(uploadsCollection).get(lonely)).toBeNull();
  expect(await deps.files.get(used)).not.toBeNull();
});

test('a ticket never finished is swept with what the client wrote; a finished one leaves no object', async () => {
  const abandoned = await send('villager', photo());
  const finished = await send('villager', photo());
  expect((await call('villager', 'uploadImage', { photo: finished })).ok).toBe(true);
  const { store, deps } = t.platform;
  expect(await sweepUploadTickets(store, deps.files, t.clock, deps.logger)).toBe(0);
  t.clock.advance(15 * 60_000 + 60 * 60_000 + 1);
  expect(await sweepUploadTickets(store, deps.files, t.clock, deps.logger)).toBe(2);
  expect(await deps.files.get(abandoned.fileId)).toBeNull();
  expect(await store.collection(uploadTicketsCollection).count()).toBe(0);
});

test('on CloudBase storage: the phone writes cloud://…/<cloudPath>; two photos with list copies are four new objects, the uploads gone', async () => {
  const storage = memoryStorage();
  t.platform.deps.files = createCloudbaseFiles({ client: storage });
  const sendCb = (bytes: Buffer, kind?: 'list-copy') =>
    sendAsClient(t.platform, call, 'villager', bytes, { storage, ...(kind ? { kind } : {}) });
  const a = demoImagePng(1, 40, 30);
  const b = demoImagePng(2, 40, 30);
  const small = demoImagePng(3, 20, 15);
  const partA = await sendCb(a);
  expect(partA.fileId).toMatch(/^cloud:\/\/test-env\.7465-test-env\/exhibits\/.*\.bin$/);
  const ticket = await start('villager');
  expect(ticket.localUploadUrl).toBeNull();
  const first = await call('villager', 'uploadImage', {
    photo: partA,
    listCopy: await sendCb(small, 'list-copy'),
  });
  const second = await call('villager', 'uploadImage', {
    photo: await sendCb(b),
    listCopy: await sendCb(small, 'list-copy'),
  });
  expect(first.ok && second.ok).toBe(true);
  if (!first.ok || !second.ok) return;
  const ids = [String(first.data.fileId), String(second.data.fileId)];
  expect(ids[0]).not.toBe(ids[1]);
  for (const id of ids)
    expect(id).toMatch(/^cloud:\/\/.*\/exhibits\/\d{4}-\d{2}\/[a-f0-9]{32}\.png$/);
  expect(storage.paths()).toHaveLength(4);
  expect(storage.paths().some((p) => p.endsWith('.bin'))).toBe(false);
  expect(await t.platform.deps.files.get(ids[0] ?? '')).toMatchObject({ bytes: a });
  expect(await t.platform.deps.files.get(ids[1] ?? '')).toMatchObject({ bytes: b });
  // The phone overwriting its own upload afterwards changes nothing that is published.
  await storage.uploadFile({
    cloudPath: partA.fileId.split('/').slice(3).join('/'),
    fileContent: PAGE,
  });
  expect(await t.platform.deps.files.get(ids[0] ?? '')).toMatchObject({ bytes: a });
  expect(await t.store.collection(uploadsCollection).count()).toBe(2);
});
