import { createFunctionEntry } from '../platform/runtime/run-action';
import { sendAsClient } from '../platform/test-support/direct-upload-kit';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { uploadsCollection } from './exhibit-collections';
import { exhibitsFunction } from './exhibits-function';
import { demoImagePng } from './seed/demo-image';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(exhibitsFunction);
});
afterEach(() => t.cleanup());

const data = (r: Awaited<ReturnType<typeof call>>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
};
const titles = (r: Awaited<ReturnType<typeof call>>) =>
  (data(r).items as Array<{ title: string }>).map((e) => e.title);

type Who = Parameters<typeof call>[0];
/** Parts written as the phone does (`startUpload`, then the bytes straight to storage). */
const send = (who: Who, bytes: Buffer, kind?: 'photo' | 'list-copy') =>
  sendAsClient(t.platform, call, who, bytes, kind ? { kind } : {});

async function upload(who: Who) {
  const photo = await send(who, demoImagePng(9, 32, 24));
  return String(data(await call(who, 'uploadImage', { photo })).fileId);
}

const contribution = (fileId: string) => ({
  villageId: 'village-zheqiao-qimou',
  category: 'artifact',
  title: '爷爷的老算盘',
  story: '这把算盘是爷爷当生产队会计时用的，珠子都磨亮了。',
  era: '1970年代',
  imageFileIds: [fileId],
});

test('anyone browses a village; keyword search finds the seeded items', async () => {
  expect(titles(await call(null, 'list', { villageId: 'village-zheqiao-qimou' }))).toEqual([
    '河州花儿：田间对唱',
    '马家家训：耕读传家',
    '祁牟村老村口',
  ]);
  expect(titles(await call(null, 'list', { q: '砖雕' }))).toEqual(['临夏砖雕：牡丹门楣']);
  expect(titles(await call(null, 'list', { q: '拖拉机' }))).toEqual(['祁牟村老村口']);
  expect(titles(await call(null, 'list', { category: 'heritage' })).sort()).toEqual([
    '临夏砖雕：牡丹门楣',
    '河州花儿：田间对唱',
  ]);
});

test('a submission stays invisible to others until its village cadre publishes it', async () => {
  const { exhibitId } = data(
    await call('villager', 'submit', contribution(await upload('villager'))),
  );
  const id = String(exhibitId);
  expect(titles(await call(null, 'list', { villageId: 'village-zheqiao-qimou' }))).not.toContain(
    '爷爷的老算盘',
  );
  for (const who of [null, 'villager_b', 'village_cadre_b'] as const) {
    expect(await call(who, 'get', { exhibitId: id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  }
  expect(await call('villager', 'get', { exhibitId: id })).toMatchObject({
    ok: true,
    data: { status: 'pending' },
  });
  expect(titles(await call('village_cadre_b', 'reviewQueue', {}))).toEqual([]);
  expect(titles(await call('village_cadre', 'reviewQueue', {}))).toEqual(['爷爷的老算盘']);
  expect(
    await call('village_cadre_b', 'review', { exhibitId: id, decision: 'publish' }),
  ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(
    await call('village_cadre', 'review', { exhibitId: id, decision: 'reject' }),
  ).toMatchObject({ ok: false, error: { fieldErrors: { reason: expect.any(String) } } });
  expect(
    data(await call('village_cadre', 'review', { exhibitId: id, decision: 'publish' })),
  ).toMatchObject({ status: 'published' });
  expect(titles(await call(null, 'list', { villageId: 'village-zheqiao-qimou' }))[0]).toBe(
    '爷爷的老算盘',
  );
  expect(data(await call(null, 'get', { exhibitId: id }))).toMatchObject({
    views: 1,
    images: [{ url: expect.stringMatching(/^\/files\/exhibits\//) }],
  });
});

test('a text with a blocked word is refused with a clear message and nothing is stored', async () => {
  const fileId = await upload('villager');
  const before = t.digest();
  expect(
    await call('villager', 'submit', {
      ...contribution(fileId),
      story: '欢迎来玩六合彩，保证中奖发财。',
    }),
  ).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('不适合发布') },
  });
  expect(t.digest()).toBe(before);
});

test('a photo sent with its list copy: cards show the small copy, the detail the photo', async () => {
  const small = demoImagePng(3, 48, 36);
  const uploaded = data(
    await call('villager', 'uploadImage', {
      photo: await send('villager', demoImagePng(3, 200, 150)),
      listCopy: await send('villager', small, 'list-copy'),
    }),
  );
  const { exhibitId } = data(
    await call('villager', 'submit', contribution(String(uploaded.fileId))),
  );
  data(await call('village_cadre', 'review', { exhibitId, decision: 'publish' }));
  const card = (
    data(await call(null, 'list', { q: '老算盘' })).items as Array<{ coverUrl: string }>
  )[0];
  const view = data(await call(null, 'get', { exhibitId }));
  const [image] = view.images as Array<{ fileId: string; url: string }>;
  expect(image?.fileId).toBe(uploaded.fileId);
  expect(card?.coverUrl).not.toContain(String(uploaded.fileId));
  const listFileId = decodeURIComponent(card?.coverUrl ?? '').match(/\/files\/([^?]+)/)?.[1] ?? '';
  const list = await t.platform.deps.files.get(listFileId);
  expect(list?.bytes.equals(small)).toBe(true);
});

test('a list copy that is not an image is refused and nothing is stored', async () => {
  const before = await t.store.collection(uploadsCollection).count();
  const photo = await send('villager', demoImagePng(3, 200, 150));
  const listCopy = await send('villager', Buffer.from('<script>alert(1)</script>'), 'list-copy');
  expect(await call('villager', 'uploadImage', { photo, listCopy })).toMatchObject({
    ok: false,
    error: {
      code: 'VALIDATION_FAILED',
      fieldErrors: { listCopy: expect.any(String) as unknown },
    },
  });
  expect(await t.store.collection(uploadsCollection).count()).toBe(before);
});

test('a non-image upload is refused by its bytes, whatever it claims to be', async () => {
  const fake = await send(
    'villager',
    Buffer.from('<script>alert(1)</script> pretending to be photo.jpg'),
  );
  const uploads = await t.store.collection(uploadsCollection).count();
  expect(await call('villager', 'uploadImage', { photo: fake })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', message: '这个文件不是照片，请选择一张照片。' },
  });
  expect(await t.store.collection(uploadsCollection).count()).toBe(uploads);
  expect(await t.platform.deps.files.get(fake.fileId)).toBeNull();
  const other = await upload('villager_b');
  expect(await call('villager', 'submit', contribution(other))).toMatchObject({
    ok: false,
    error: { fieldErrors: { imageFileIds: expect.any(String) } },
  });
});

test('a like counts once per person', async () => {
  const id = 'exhibit-demo-qimou-gate';
  expect(data(await call('villager', 'like', { exhibitId: id }))).toEqual({
    likes: 1,
    likedByMe: true,
  });
  expect(data(await call('villager', 'like', { exhibitId: id }))).toEqual({
    likes: 1,
    likedByMe: true,
  });
  expect(data(await call('villager_b', 'like', { exhibitId: id }))).toEqual({
    likes: 2,
    likedByMe: true,
  });
  expect(data(await call('villager', 'get', { exhibitId: id }))).toMatchObject({
    likes: 2,
    likedByMe: true,
  });
});

test('the reader is an ordered book of chapters; cadres arrange their own village only', async () => {
  expect(data(await call(null, 'chapters', { villageId: 'village-zheqiao-qimou' }))).toMatchObject({
    villageName: '祁牟村',
    chapters: [
      {
        chapterId: 'ch1',
        order: 1,
        exhibits: [
          { title: '祁牟村老村口' },
          { title: '马家家训：耕读传家' },
          { title: '河州花儿：田间对唱' },
        ],
      },
    ],
  });
  expect(
    await call('village_cadre_b', 'upsertChapter', {
      villageId: 'village-zheqiao-qimou',
      chapterId: 'ch2',
      order: 2,
      title: '第二章',
      preface: '',
      exhibitIds: [],
    }),
  ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  expect(
    await call('village_cadre', 'upsertChapter', {
      villageId: 'village-zheqiao-qimou',
      chapterId: 'ch2',
      order: 2,
      title: '第二章 手艺',
      preface: '手艺人的故事',
      exhibitIds: ['exhibit-demo-wangping-brick'],
    }),
  ).toMatchObject({ ok: false, error: { fieldErrors: { exhibitIds: '只能收入本村的展品' } } });
  expect(
    (
      await call('village_cadre', 'upsertChapter', {
        villageId: 'village-zheqiao-qimou',
        chapterId: 'ch2',
        order: 2,
        title: '第二章 花儿',
        preface: '唱给家乡的歌',
        exhibitIds: ['exhibit-demo-qimou-hua-er'],
      })
    ).ok,
  ).toBe(true);
  const book = data(await call(null, 'chapters', { villageId: 'village-zheqiao-qimou' }));
  expect((book.chapters as Array<{ title: string }>).map((c) => c.title)).toEqual([
    '第一章 村口与家风',
    '第二章 花儿',
  ]);
});

test('2,000 anonymous looks from one client count one view; another client, a user and the next day count again', async () => {
  const entry = createFunctionEntry(exhibitsFunction, t.platform.deps);
  const exhibitId = String(
    (
      data(await call(null, 'list', { villageId: 'village-zheqiao-qimou' })).items as Array<{
        exhibitId: string;
      }>
    )[0]?.exhibitId,
  );
  const views = async () => data(await call('admin', 'get', { exhibitId })).views as number;
  const before = await views(); // the admin's own first look counts once
  const look = (clientAddress: string) =>
    entry({ action: 'get', payload: { exhibitId } }, { clientAddress });
  for (let i = 0; i < 2000; i++) {
    const r = await look('203.0.113.7');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  }
  expect(await views()).toBe(before + 1);
  await look('198.51.100.23');
  expect(await views()).toBe(before + 2);
  await call('villager', 'get', { exhibitId });
  await call('villager', 'get', { exhibitId });
  expect(await views()).toBe(before + 3);
  t.clock.advance(86_400_000);
  await look('203.0.113.7');
  expect(await views()).toBe(before + 5); // the client again, and the admin's look of the new day
  // No address is stored in the clear.
  const marks = t.store.reader.prepare('SELECT id, doc FROM c_view_marks').all();
  expect(JSON.stringify(marks)).not.toContain('203.0.113.7');
});

test('a published story shows its contributor masked and numbers redacted, unless it is theirs or they chose to be named', async () => {
  const publish = async (body: Record<string, unknown>) => {
    const { exhibitId } = data(await call('villager', 'submit', body));
    data(
      await call('village_cadre', 'review', { exhibitId: String(exhibitId), decision: 'publish' }),
    );
    return String(exhibitId);
  };
  const story = '这把算盘是爷爷留下的，想看实物请打我电话13812345678。';
  const quiet = await publish({ ...contribution(await upload('villager')), story });
  for (const who of [null, 'villager_b', 'village_cadre'] as const) {
    expect(data(await call(who, 'get', { exhibitId: quiet }))).toMatchObject({
      contributorName: '马*礼',
      story: '这把算盘是爷爷留下的，想看实物请打我电话*******5678。',
    });
  }
  expect(data(await call('villager', 'get', { exhibitId: quiet }))).toMatchObject({
    contributorName: '马文礼',
    story,
  });
  const named = await publish({
    ...contribution(await upload('villager')),
    showContributorName: true,
  });
  expect(data(await call(null, 'get', { exhibitId: named }))).toMatchObject({
    contributorName: '马文礼',
  });
  // The village's own compilations keep their byline.
  expect(
    data(await call(null, 'get', { exhibitId: 'exhibit-demo-qimou-gate' })).contributorName,
  ).toBe('村史编写组（演示）');
});

test('a cadre edits a chapter title, text and order without resending its items, and adds one', async () => {
  data(
    await call('village_cadre', 'upsertChapter', {
      villageId: 'village-zheqiao-qimou',
      chapterId: 'ch1',
      order: 2,
      title: '第一章 村口、家风与花儿',
      preface: '新的开篇',
    }),
  );
  data(
    await call('village_cadre', 'upsertChapter', {
      villageId: 'village-zheqiao-qimou',
      chapterId: 'ch-new',
      order: 1,
      title: '序章',
      preface: '',
    }),
  );
  const book = data(await call(null, 'chapters', { villageId: 'village-zheqiao-qimou' }));
  expect(book.chapters).toMatchObject([
    { chapterId: 'ch-new', order: 1, title: '序章', exhibits: [] },
    { chapterId: 'ch1', order: 2, preface: '新的开篇', exhibits: [{}, {}, {}] },
  ]);
  const before = t.digest();
  expect(
    await call('village_cadre', 'upsertChapter', {
      villageId: 'village-zheqiao-qimou',
      chapterId: 'ch-new',
      order: 1,
      title: '序章',
      preface: '欢迎来玩六合彩，保证中奖发财。',
    }),
  ).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { preface: expect.any(String) } },
  });
  expect(t.digest()).toBe(before);
});
