import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { sendAsClient } from '../platform/test-support/direct-upload-kit';
import { exhibitsCollection, uploadsCollection } from './exhibit-collections';
import { exhibitsFunction } from './exhibits-function';
import { demoImagePng } from './seed/demo-image';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
beforeEach(async () => {
  t = await createTestPlatform();
  call = t.client(exhibitsFunction);
});
afterEach(() => t.cleanup());

type Who = Parameters<typeof call>[0];
const data = (r: Awaited<ReturnType<typeof call>>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
};

async function upload(who: Who, seed = 9) {
  const photo = await sendAsClient(t.platform, call, who, demoImagePng(seed, 32, 24), {});
  return String(data(await call(who, 'uploadImage', { photo })).fileId);
}

const STORY = '这把算盘是爷爷当生产队会计时用的，珠子都磨亮了。';
const NOTE = '请写清楚是哪一年开始用的';

/** A contribution of the villager that the village cadre sent back with a note. */
async function returned() {
  const photo = await upload('villager');
  const { exhibitId } = data(
    await call('villager', 'submit', {
      villageId: 'village-zheqiao-qimou',
      category: 'artifact',
      title: '爷爷的老算盘',
      story: STORY,
      imageFileIds: [photo],
    }),
  );
  const view = data(
    await call('village_cadre', 'review', {
      exhibitId: String(exhibitId),
      decision: 'request_edit',
      reason: NOTE,
    }),
  );
  return { exhibitId: String(exhibitId), version: Number(view.version), photo };
}

const edited = (r: { exhibitId: string; version: number; photo: string }, extra = {}) => ({
  exhibitId: r.exhibitId,
  expectedVersion: r.version,
  category: 'artifact',
  title: '爷爷的老算盘',
  story: `${STORY}从1972年用到分田到户。`,
  imageFileIds: [r.photo],
  ...extra,
});

test('a returned contribution, edited, goes back to the same queue as the same item with its history', async () => {
  const r = await returned();
  const mine = data(await call('villager', 'mine', {})).items as Array<Record<string, unknown>>;
  expect(mine[0]).toMatchObject({ exhibitId: r.exhibitId, status: 'needs_edit', reviewNote: NOTE });
  const added = await upload('villager', 4);
  const view = data(
    await call(
      'villager',
      'resubmit',
      edited(r, { imageFileIds: [r.photo, added], era: '1970年代' }),
    ),
  );
  expect(view).toMatchObject({
    exhibitId: r.exhibitId,
    status: 'pending',
    reviewNote: null,
    era: '1970年代',
    story: expect.stringContaining('1972年') as unknown,
    images: [{ fileId: r.photo }, { fileId: added }],
  });
  const history = [
    { kind: 'submitted', note: null, changed: [] },
    { kind: 'needs_edit', note: NOTE, changed: [] },
    { kind: 'resubmitted', note: null, changed: ['story', 'era', 'photos'] },
  ];
  expect(view.history).toMatchObject(history);
  // The cadre finds it in the queue again and sees the same history.
  const queue = data(await call('village_cadre', 'reviewQueue', {})).items as Array<{
    exhibitId: string;
  }>;
  expect(queue.map((e) => e.exhibitId)).toContain(r.exhibitId);
  expect(
    data(await call('village_cadre', 'get', { exhibitId: r.exhibitId })).history,
  ).toMatchObject(history);
  expect(await t.store.collection(exhibitsCollection).count({})).toBeGreaterThan(0);
  expect((await t.store.collection(uploadsCollection).get(added))?.sweepAfter).toBeNull();
  // Published, it shows the new story to everyone; the history stays for the family and cadre.
  data(await call('village_cadre', 'review', { exhibitId: r.exhibitId, decision: 'publish' }));
  const seen = data(await call(null, 'get', { exhibitId: r.exhibitId }));
  expect(seen).toMatchObject({ status: 'published', history: [] });
  expect(String(seen.story)).toContain('1972年');
  expect(
    (data(await call('villager', 'get', { exhibitId: r.exhibitId })).history as unknown[]).length,
  ).toBe(4);
});

test('a photo taken out is left to the upload sweep', async () => {
  const r = await returned();
  const other = await upload('villager', 5);
  data(await call('villager', 'resubmit', edited(r, { imageFileIds: [other] })));
  expect((await t.store.collection(uploadsCollection).get(r.photo))?.sweepAfter).toBe(
    t.clock.now().toISOString(),
  );
});

test('only the contributor may resubmit: others are refused and nothing changes', async () => {
  const r = await returned();
  await call('villager_b', 'mine', {}); // signs villager_b up before the snapshot
  const before = t.digest();
  expect(await call('villager_b', 'resubmit', edited(r))).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
  expect(await call('village_cadre', 'resubmit', edited(r))).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '只有投稿人本人可以修改后重新提交。' },
  });
  expect(t.digest()).toBe(before);
});

test('a contribution that was not returned cannot be resubmitted', async () => {
  const photo = await upload('villager');
  const { exhibitId } = data(
    await call('villager', 'submit', {
      villageId: 'village-zheqiao-qimou',
      category: 'artifact',
      title: '爷爷的老算盘',
      story: STORY,
      imageFileIds: [photo],
    }),
  );
  const pending = { exhibitId: String(exhibitId), version: 1, photo };
  expect(await call('villager', 'resubmit', edited(pending))).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '只有村里退回修改的投稿，才能修改后重新提交。' },
  });
  const rejected = data(
    await call('village_cadre', 'review', {
      exhibitId: String(exhibitId),
      decision: 'reject',
      reason: '不是本村的东西',
    }),
  );
  expect(
    await call('villager', 'resubmit', edited({ ...pending, version: Number(rejected.version) })),
  ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
});

test('a stale version is CONFLICT and writes nothing', async () => {
  const r = await returned();
  const before = t.digest();
  expect(
    await call('villager', 'resubmit', edited({ ...r, version: r.version - 1 })),
  ).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: expect.stringContaining('重新打开') as unknown },
  });
  expect(t.digest()).toBe(before);
});

test('bad input is VALIDATION_FAILED in plain Chinese and writes nothing', async () => {
  const r = await returned();
  const strange = await upload('villager_b', 6);
  const before = t.digest();
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ story: '太短了' }, 'story'],
    [{ title: '' }, 'title'],
    [{ imageFileIds: [] }, 'imageFileIds'],
    [{ imageFileIds: [strange] }, 'imageFileIds'],
    [{ story: '欢迎来玩六合彩，保证中奖发财，快来。' }, 'story'],
    [{ story: STORY }, 'story'], // nothing changed
  ];
  for (const [patch, field] of cases) {
    const result = await call('villager', 'resubmit', edited(r, patch));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    if (result.ok) continue;
    expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(result.error.fieldErrors?.[field]).toMatch(/[\u4e00-\u9fa5]/);
  }
  expect(t.digest()).toBe(before);
});

test('replaying a resubmit with its idempotency key answers the first result, one effect', async () => {
  const r = await returned();
  const first = await call('villager', 'resubmit', edited(r), 'key-resubmit-1');
  const again = await call('villager', 'resubmit', edited(r), 'key-resubmit-1');
  expect(first.ok).toBe(true);
  expect(again).toEqual(first);
  const doc = await t.store.collection(exhibitsCollection).get(r.exhibitId);
  expect(doc?.history?.map((h) => h.kind)).toEqual(['submitted', 'needs_edit', 'resubmitted']);
  expect(doc?._version).toBe(r.version + 1);
});
