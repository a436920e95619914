import { sniffImage } from '../../../shared/src/exhibits/image-kind';
import { createTestPlatform } from '../../platform/test-support/test-platform';
import type { TestPlatform } from '../../platform/test-support/test-platform';
import { exhibitsCollection } from '../exhibit-collections';
import { exhibitsFunction } from '../exhibits-function';
import { scaleExhibitId, seedScaleExhibits } from './seed-scale-exhibits';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(exhibitsFunction);
});
afterEach(() => t.cleanup());

const QIMOU = 'village-zheqiao-qimou';
const seed = (villageId: string, count: number, photoSized = false) =>
  seedScaleExhibits(t.store, t.platform.deps.files, t.clock, { villageId, count, photoSized });

const data = (r: Awaited<ReturnType<typeof call>>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
};

/** Every published item of a village, read ten at a time as the 村史 tab does. */
async function readAllPages(villageId: string) {
  const ids: string[] = [];
  let pages = 0;
  let cursor: string | undefined;
  do {
    const page = data(await call(null, 'list', { villageId, limit: 10, cursor }));
    pages++;
    ids.push(...(page.items as Array<{ exhibitId: string }>).map((e) => e.exhibitId));
    cursor = (page.nextCursor as string | null) ?? undefined;
  } while (cursor);
  return { ids, pages };
}

test('a village with 25 seeded items lists them all ten at a time after its own demo items', async () => {
  expect(await seed(QIMOU, 25)).toBe(25);
  const { ids, pages } = await readAllPages(QIMOU);
  expect(ids).toHaveLength(3 + 25);
  expect(new Set(ids).size).toBe(ids.length);
  expect(pages).toBe(3);
  expect(ids.slice(0, 3).every((id) => id.startsWith('exhibit-demo-qimou-'))).toBe(true);
  expect(ids.slice(3)).toEqual(Array.from({ length: 25 }, (_, i) => scaleExhibitId(QIMOU, i)));
  // Other villages are untouched.
  expect((await readAllPages('village-baohan-wangping')).ids).toHaveLength(2);
});

test('a seeded item is published demo content with a picture anyone can open', async () => {
  await seed(QIMOU, 3);
  const view = data(await call(null, 'get', { exhibitId: scaleExhibitId(QIMOU, 1) }));
  expect(view).toMatchObject({
    status: 'published',
    demo: true,
    villageId: QIMOU,
    villageName: expect.any(String) as unknown,
    contributorName: '村史编写组（演示）',
    title: expect.stringContaining('样本展品 00001') as unknown,
  });
  const [image] = view.images as Array<{ fileId: string; url: string }>;
  const file = await t.platform.deps.files.get(image?.fileId ?? '');
  expect(file && sniffImage(file.bytes)).toBe('image/png');
});

test('photo-sized pictures weigh about as much as a compressed phone photo', async () => {
  await seed(QIMOU, 2, true);
  await seed('village-baohan-wangping', 2);
  const bytesOf = async (exhibitId: string) => {
    const doc = await t.store.collection(exhibitsCollection).get(exhibitId);
    const fileId = doc?.imageFileIds[0] ?? '';
    return (await t.platform.deps.files.get(fileId))?.bytes.length ?? 0;
  };
  const photo = await bytesOf(scaleExhibitId(QIMOU, 0));
  expect(photo).toBeGreaterThan(100_000);
  expect(photo).toBeLessThan(400_000);
  expect(await bytesOf(scaleExhibitId('village-baohan-wangping', 0))).toBeLessThan(5_000);
  // Their cards show the small list copy, as cards of photos uploaded by the app do.
  const card = (
    data(await call(null, 'list', { villageId: QIMOU, q: '样本展品 00000' })).items as Array<{
      coverUrl: string;
    }>
  )[0];
  const listDoc = await t.store.collection(exhibitsCollection).get(scaleExhibitId(QIMOU, 0));
  const listFileId = listDoc?.coverListFileId ?? '';
  expect(card?.coverUrl).toContain(listFileId);
  const list = await t.platform.deps.files.get(listFileId);
  expect(list?.bytes.length).toBeLessThan(photo / 3);
  // Drawing photo-sized pictures is CPU work: on a loaded 2-core CI machine it takes longer than
  // jest's 5 s default (it timed out there at 8.6 s with the other suites running).
}, 30_000);

test('seeding the same village again adds nothing; an unknown village is refused', async () => {
  await seed(QIMOU, 12);
  expect(await seed(QIMOU, 12)).toBe(0);
  expect((await readAllPages(QIMOU)).ids).toHaveLength(3 + 12);
  await expect(seed('village-nowhere', 5)).rejects.toThrow(/not a seeded village/);
});
