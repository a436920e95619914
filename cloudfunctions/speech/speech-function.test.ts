import { spawnSync } from 'node:child_process';
import { exhibitsCollection, chaptersCollection } from '../exhibits/exhibit-collections';
import { createEspeakTextToSpeech } from '../platform/adapters/local/espeak-text-to-speech';
import { writePcm16Wav } from '../platform/adapters/local/wav-pcm';
import type { Collection, CollectionDef, Store } from '../platform/ports/store';
import type { TextToSpeech } from '../platform/ports/text-to-speech';
import { createFunctionEntry } from '../platform/runtime/run-action';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { policiesCollection } from '../policies/policy-collections';
import {
  PUBLISHED_CLIP_TTL_MS,
  READ_TEXT_CLIP_TTL_MS,
  speechClipsCollection,
  sweepExpiredClips,
} from './speech-clips';
import { speechFunction } from './speech-function';

let t: TestPlatform;
let call: ReturnType<TestPlatform['client']>;
let spoken: string[];

/** A voice outside the project stands in here: it records what it was asked and answers a WAV. */
function recordingVoice(voice = 'test-voice'): TextToSpeech {
  return {
    voice,
    synthesize(text) {
      spoken.push(text);
      const samples = new Int16Array(200).map((_, i) => (i % 20) * 500);
      return Promise.resolve({
        bytes: writePcm16Wav({ sampleRate: 11025, samples }),
        mime: 'audio/wav',
      });
    },
  };
}

beforeEach(async () => {
  t = await createTestPlatform();
  spoken = [];
  t.platform.deps.textToSpeech = recordingVoice();
  call = t.client(speechFunction);
});
afterEach(() => t.cleanup());

const data = (r: Awaited<ReturnType<typeof call>>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data as {
    piece: number;
    pieces: number;
    text: string;
    audioUrl: string;
    mime: string;
    bytes: number;
    cached: boolean;
  };
};

async function firstPolicyId(): Promise<string> {
  const page = await t.store.collection(policiesCollection).find({}, { limit: 1 });
  return page.items[0]!._id;
}

test('anyone can have a published policy read, piece by piece; the audio is stored in Files', async () => {
  const policyId = await firstPolicyId();
  const first = data(await call(null, 'read', { source: { kind: 'policy', policyId } }));
  expect(first).toMatchObject({ piece: 0, mime: 'audio/wav', cached: false });
  expect(first.pieces).toBeGreaterThan(1);
  expect(first.text.length).toBeLessThanOrEqual(100);
  expect(spoken).toEqual([first.text]);
  // The clip is a stored file the URL points at.
  const clip = (await t.store.collection(speechClipsCollection).find({})).items[0]!;
  expect(clip.fileId).toMatch(/^speech\/\d{4}-\d{2}\/[a-f0-9]{32}\.wav$/);
  expect(first.audioUrl).toContain(clip.fileId);
  const stored = await t.platform.deps.files.get(clip.fileId);
  expect(stored?.contentType).toBe('audio/wav');
  expect(stored?.bytes.length).toBe(first.bytes);

  const last = data(
    await call(null, 'read', { source: { kind: 'policy', policyId }, piece: first.pieces - 1 }),
  );
  expect(last.piece).toBe(first.pieces - 1);
  const past = await call(null, 'read', {
    source: { kind: 'policy', policyId },
    piece: first.pieces,
  });
  expect(past).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', message: '已经读完了，没有这一段。' },
  });
});

test('the same text in the same voice is synthesized once; another voice makes its own clip', async () => {
  const policyId = await firstPolicyId();
  const source = { kind: 'policy', policyId };
  const a = data(await call(null, 'read', { source }));
  const b = data(await call('villager', 'read', { source }));
  expect(a.cached).toBe(false);
  expect(b.cached).toBe(true);
  expect(spoken).toHaveLength(1);
  expect(await t.store.collection(speechClipsCollection).count({})).toBe(1);

  t.platform.deps.textToSpeech = recordingVoice('another-voice');
  expect(data(await call(null, 'read', { source })).cached).toBe(false);
  expect(spoken).toHaveLength(2);
});

test('only published text: a draft exhibit and a missing chapter are NOT_FOUND and nothing is spoken', async () => {
  const exhibits = t.store.collection(exhibitsCollection);
  const published = (await exhibits.find({ status: 'published' }, { limit: 1 })).items[0]!;
  const ok = data(
    await call(null, 'read', { source: { kind: 'exhibit', exhibitId: published._id } }),
  );
  expect(ok.text.startsWith(published.title)).toBe(true);
  spoken = [];
  await exhibits.insert({
    ...published,
    _id: 'draft-exhibit-1',
    status: 'pending',
    title: '未审核的投稿',
  });
  await t.tokenFor('villager');
  const before = t.digest();
  expect(
    await call('villager', 'read', { source: { kind: 'exhibit', exhibitId: 'draft-exhibit-1' } }),
  ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(
    await call(null, 'read', {
      source: { kind: 'chapter', villageId: published.villageId, chapterId: 'no-such-chapter' },
    }),
  ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  expect(spoken).toEqual([]);
  expect(t.digest()).toBe(before);
});

test('a reader chapter is read with its heading, preface and only its published items', async () => {
  const chapter = (await t.store.collection(chaptersCollection).find({}, { limit: 1 })).items[0]!;
  const [villageId, chapterId] = chapter._id.split(':') as [string, string];
  const first = data(
    await call(null, 'read', { source: { kind: 'chapter', villageId, chapterId } }),
  );
  expect(first.text.startsWith(chapter.title)).toBe(true);
});

test("a chapter's exhibits are loaded in one read, not one per exhibit", async () => {
  const chapters = t.store.collection(chaptersCollection);
  const chapter = (await chapters.find({}, { limit: 1 })).items[0]!;
  const [villageId, chapterId] = chapter._id.split(':') as [string, string];
  const exhibits = (await t.store.collection(exhibitsCollection).find({}, { limit: 5 })).items;
  expect(exhibits.length).toBeGreaterThan(2);
  await chapters.update(chapter._id, { set: { exhibitIds: exhibits.map((e) => e._id) } });
  let exhibitReads = 0;
  const inner = t.platform.deps.store;
  const store: Store = {
    ...inner,
    collection<T>(def: CollectionDef<T>): Collection<T> {
      const c = inner.collection(def);
      if (def.name !== exhibitsCollection.name) return c;
      return {
        ...c,
        get: (id) => {
          exhibitReads++;
          return c.get(id);
        },
        find: (filter, options) => {
          exhibitReads++;
          return c.find(filter, options);
        },
      };
    },
    transaction: (fn) => inner.transaction(fn),
    ensureCollections: (defs) => inner.ensureCollections(defs),
    close: () => inner.close(),
  };
  const entry = createFunctionEntry(speechFunction, { ...t.platform.deps, store });
  const r = await entry(
    { action: 'read', payload: { source: { kind: 'chapter', villageId, chapterId } } },
    {},
  );
  expect(r).toMatchObject({ ok: true });
  expect(exhibitReads).toBe(1);
});

test('free text only for logged-in callers, bounded, with Chinese messages; bad input writes nothing', async () => {
  await t.tokenFor('villager');
  const before = t.digest();
  expect(await call(null, 'readText', { text: '您家里有几口人？' })).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
  const tooLong = await call('villager', 'readText', { text: '字'.repeat(301) });
  expect(tooLong).toMatchObject({
    ok: false,
    error: {
      code: 'VALIDATION_FAILED',
      fieldErrors: { text: '要朗读的文字太长了，最多 300 个字' },
    },
  });
  expect(await call('villager', 'readText', { text: '   ' })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED', fieldErrors: { text: '没有要朗读的文字' } },
  });
  expect(
    await call('villager', 'read', { source: { kind: 'policy', policyId: 'x' }, piece: -1 }),
  ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  expect(await call('villager', 'read', { source: { kind: 'household', id: 'h1' } })).toMatchObject(
    { ok: false, error: { code: 'VALIDATION_FAILED' } },
  );
  expect(spoken).toEqual([]);
  expect(t.digest()).toBe(before);
  const ok = data(await call('villager', 'readText', { text: '您家里有几口人？' }));
  expect(ok).toMatchObject({ piece: 0, pieces: 1, text: '您家里有几口人？' });
  expect('cached' in ok).toBe(false);
});

test('new clips are rate limited per caller; cached clips are not counted', async () => {
  for (let i = 0; i < 12; i++) {
    data(await call('villager', 'readText', { text: `第${i}个问题，请回答。` }));
  }
  expect(await call('villager', 'readText', { text: '再来一个新的问题。' })).toMatchObject({
    ok: false,
    error: { code: 'RATE_LIMITED' },
  });
  // Already made for this caller: served again without a new clip, so not counted.
  const before = spoken.length;
  data(await call('villager', 'readText', { text: '第3个问题，请回答。' }));
  expect(spoken).toHaveLength(before);
  // Another person has their own allowance.
  data(await call('village_cadre', 'readText', { text: '再来一个新的问题。' }));
  expect(spoken).toHaveLength(before + 1);
});

test('readText clips belong to their caller: another user never learns a text was read, and they are swept after a day', async () => {
  const note = '张家的低保材料缺一份收入证明，请补交。';
  const mine = await call('village_cadre', 'readText', { text: note });
  expect(mine.ok && 'cached' in mine.data).toBe(false);
  data(await call('village_cadre', 'readText', { text: note }));
  expect(spoken).toHaveLength(1);
  // Someone else asking for the exact same sentence gets a clip of their own, and no hint.
  const theirs = await call('villager', 'readText', { text: note });
  expect(theirs.ok && 'cached' in theirs.data).toBe(false);
  expect(spoken).toHaveLength(2);
  // A published piece of the same text (policy read) does not share it either.
  const clips = t.store.collection(speechClipsCollection);
  const made = (await clips.find({})).items;
  expect(made).toHaveLength(2);
  expect(new Set(made.map((c) => c._id)).size).toBe(2);
  for (const c of made) {
    expect(
      c.expiresAt <= new Date(t.clock.now().getTime() + READ_TEXT_CLIP_TTL_MS).toISOString(),
    ).toBe(true);
    expect(await t.platform.deps.files.get(c.fileId)).not.toBeNull();
  }
  // A day later both the records and their audio files are gone.
  t.clock.advance(READ_TEXT_CLIP_TTL_MS + 1);
  expect(
    await sweepExpiredClips(t.store, t.platform.deps.files, t.clock, t.platform.deps.logger),
  ).toBe(2);
  expect(await clips.count({})).toBe(0);
  for (const c of made) expect(await t.platform.deps.files.get(c.fileId)).toBeNull();
});

test('clips recorded before they had a keep time are swept with their files', async () => {
  const stored = await t.platform.deps.files.put({
    feature: 'speech',
    owner: 'system',
    purpose: 'read-aloud',
    bytes: Buffer.from('old clip'),
    contentType: 'audio/wav',
  });
  const clips = t.store.collection(speechClipsCollection);
  await clips.insert({
    _id: 'legacy-clip',
    fileId: stored.fileId,
    mime: 'audio/wav',
    bytes: 8,
    voice: 'test-voice',
    createdAt: t.clock.now().toISOString(),
  } as never);
  expect(
    await sweepExpiredClips(t.store, t.platform.deps.files, t.clock, t.platform.deps.logger),
  ).toBe(1);
  expect(await clips.get('legacy-clip')).toBeNull();
  expect(await t.platform.deps.files.get(stored.fileId)).toBeNull();
});

test('published clips are shared but bounded: past their keep time a new clip is made and the old file removed', async () => {
  const policyId = await firstPolicyId();
  const source = { kind: 'policy', policyId };
  data(await call(null, 'read', { source }));
  const clips = t.store.collection(speechClipsCollection);
  const old = (await clips.find({})).items[0]!;
  t.clock.advance(PUBLISHED_CLIP_TTL_MS + 1);
  expect(data(await call(null, 'read', { source })).cached).toBe(false);
  expect(spoken).toHaveLength(2);
  expect(await t.platform.deps.files.get(old.fileId)).toBeNull();
  expect(await clips.count({})).toBe(1);
});

test('when the voice cannot speak, the caller is told why (never silence) and nothing is cached', async () => {
  t.platform.deps.textToSpeech = createEspeakTextToSpeech({ command: 'espeak-ng-not-here' });
  expect(await call('villager', 'readText', { text: '您家里有几口人？' })).toMatchObject({
    ok: false,
    error: { code: 'INTERNAL', message: '朗读暂时用不了，请稍后再试。' },
  });
  delete t.platform.deps.textToSpeech;
  expect(await call('villager', 'readText', { text: '您家里有几口人？' })).toMatchObject({
    ok: false,
    error: { code: 'INTERNAL', message: '朗读服务还没有开通，请找村干部。' },
  });
  expect(await t.store.collection(speechClipsCollection).count({})).toBe(0);
});

const espeak = spawnSync('espeak-ng', ['--version']).status === 0 ? test : test.skip;
espeak('local mode speaks with espeak-ng by default (a real WAV of the piece)', async () => {
  t.platform.deps.textToSpeech = createEspeakTextToSpeech();
  const piece = data(await call('villager', 'readText', { text: '您家里有几口人？' }));
  const clip = (await t.store.collection(speechClipsCollection).find({})).items[0]!;
  const file = await t.platform.deps.files.get(clip.fileId);
  expect(['audio/mpeg', 'audio/wav']).toContain(file?.contentType);
  expect(file?.contentType).toBe(piece.mime);
  expect(piece.bytes).toBeGreaterThan(1_000);
});
