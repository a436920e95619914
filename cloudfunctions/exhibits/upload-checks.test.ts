import { createCloudbaseFiles } from '../platform/adapters/cloudbase/cloudbase-files';
import { memoryStorage } from '../platform/adapters/cloudbase/test-support/memory-storage';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import type { ImageVerdict } from '../platform/ports/content-check';
import { uploadsCollection } from './exhibit-collections';
import { exhibitsFunction } from './exhibits-function';
import { demoImagePng } from './seed/demo-image';
import { sweepUnattachedUploads, UNATTACHED_UPLOAD_TTL_MS } from './sweep-unattached-uploads';

let t: TestPlatform;
beforeEach(async () => {
  t = await createTestPlatform();
});
afterEach(() => t.cleanup());

const GIF_1X1 = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const PAGE = Buffer.from('<html><body><script>fetch("/api/users")</script></body></html>');
const photo = () => demoImagePng(11, 40, 30).toString('base64');

test.each([
  ['a GIF header followed by HTML/JS', Buffer.concat([Buffer.from('GIF89a'), PAGE])],
  ['a whole GIF followed by HTML/JS', Buffer.concat([GIF_1X1, PAGE])],
])('%s is refused and nothing is stored', async (_name, bytes) => {
  const call = t.client(exhibitsFunction);
  await t.tokenFor('villager');
  const before = t.digest();
  expect(
    await call('villager', 'uploadImage', { dataBase64: bytes.toString('base64') }),
  ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  expect(t.digest()).toBe(before);
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
  const call = t.client(exhibitsFunction);
  const refused = await call('villager', 'uploadImage', { dataBase64: photo() });
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', message: '图片可能含有不当信息，请换一张' },
  });
  expect(seen).toEqual([expect.stringMatching(/^image\/png \/files\/exhibits\//)]);
  const refusedFile = seen[0]?.split(' /files/')[1] ?? '';
  expect(await t.platform.deps.files.get(refusedFile)).toBeNull();
  expect(await t.store.collection(uploadsCollection).count()).toBe(0);

  answer = { ok: 'pending', traceId: 'trace-1' };
  const pending = await call('villager', 'uploadImage', { dataBase64: photo() });
  expect(pending.ok).toBe(true);
  const doc = await t.store
    .collection(uploadsCollection)
    .get(String(pending.ok ? pending.data.fileId : ''));
  expect(doc).toMatchObject({ contentCheck: 'pending', contentCheckTraceId: 'trace-1' });
});

test('an upload no exhibit took within a day is swept; an attached one stays', async () => {
  const call = t.client(exhibitsFunction);
  const up = async () => {
    const r = await call('villager', 'uploadImage', { dataBase64: photo() });
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

test('on CloudBase storage two photos (and their list copies) are four objects, none overwritten', async () => {
  const storage = memoryStorage();
  t.platform.deps.files = createCloudbaseFiles({ client: storage });
  const call = t.client(exhibitsFunction);
  const a = demoImagePng(1, 40, 30);
  const b = demoImagePng(2, 40, 30);
  const small = demoImagePng(3, 20, 15).toString('base64');
  const first = await call('villager', 'uploadImage', {
    dataBase64: a.toString('base64'),
    listBase64: small,
  });
  const second = await call('villager', 'uploadImage', {
    dataBase64: b.toString('base64'),
    listBase64: small,
  });
  expect(first.ok && second.ok).toBe(true);
  if (!first.ok || !second.ok) return;
  const ids = [String(first.data.fileId), String(second.data.fileId)];
  expect(ids[0]).not.toBe(ids[1]);
  for (const id of ids)
    expect(id).toMatch(/^cloud:\/\/.*\/exhibits\/\d{4}-\d{2}\/[a-f0-9]{32}\.png$/);
  expect(storage.paths()).toHaveLength(4);
  expect(await t.platform.deps.files.get(ids[0] ?? '')).toMatchObject({ bytes: a });
  expect(await t.platform.deps.files.get(ids[1] ?? '')).toMatchObject({ bytes: b });
  const uploads = await t.store.collection(uploadsCollection).count();
  expect(uploads).toBe(2);
});
