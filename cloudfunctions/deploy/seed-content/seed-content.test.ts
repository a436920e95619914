import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_POLICIES } from '../../../shared/src/policies/policy-content';
import { ALL_COLLECTIONS } from '../../collection-registry';
import { householdsCollection } from '../../households/household-collections';
import { startFakeCloudbaseServer } from '../../platform/adapters/cloudbase/test-support/fake-cloudbase-server';
import type { FakeCloudbaseServer } from '../../platform/adapters/cloudbase/test-support/fake-cloudbase-server';
import { openSqliteStore } from '../../platform/adapters/sqlite/sqlite-store';
import { createCloudbasePlatform } from '../../platform/cloudbase-platform';
import { createCloudbaseMain } from '../../platform/create-cloudbase-main';
import { fixedClock } from '../../platform/ports/clock';
import type { Store } from '../../platform/ports/store';
import { auditCollection, usersCollection } from '../../platform/runtime/platform-collections';
import { generateDataKeys } from '../../platform/runtime/sealed-value';
import { seedOrgUnits } from '../../platform/seed/seed-org-units';
import { policiesCollection, policyVersionsCollection } from '../../policies/policy-collections';
import { policiesFunction } from '../../policies/policies-function';
import { coursesCollection } from '../../training/training-collections';
import { trainingFunction } from '../../training/training-function';
import { builtInCatalogue, parseContentCatalogue } from './content-catalogue';
import { readSeedContentArgs } from './seed-content-cli';
import { seedContent } from './seed-content';

jest.setTimeout(60_000);

const clock = fixedClock(new Date('2026-12-02T05:00:00Z'));
const example = () =>
  parseContentCatalogue(
    JSON.parse(readFileSync(join(__dirname, 'catalogue.example.json'), 'utf8')) as unknown,
  );
const both = new Set(['policies', 'courses'] as const);

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'psv-seed-content-'));
  store = openSqliteStore({ file: join(dir, 'db.sqlite') });
  await seedOrgUnits(store);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const count = async (name: Parameters<Store['collection']>[0]) => store.collection(name).count({});

test('the built-in explainers load once, marked 演示内容 until reviewed, audited as setup; a re-run adds nothing', async () => {
  const first = await seedContent(store, clock, builtInCatalogue(), {
    kinds: both,
    markPoliciesUnreviewed: true,
  });
  expect(first).toEqual({
    policies: { added: DEMO_POLICIES.length, kept: 0 },
    courses: { added: 0, kept: 0 },
  });
  const policy = await store.collection(policiesCollection).get('free-education-15-years');
  expect(policy).toMatchObject({ title: '十五年免费教育', version: 1, demo: true });
  const audits = (
    await store.collection(auditCollection).find({ entity: 'policy' }, { limit: 100 })
  ).items;
  expect(audits).toHaveLength(DEMO_POLICIES.length);
  expect(audits.every((a) => a.actorId === 'setup' && a.fn === 'seed-content')).toBe(true);

  const again = await seedContent(store, clock, builtInCatalogue(), {
    kinds: both,
    markPoliciesUnreviewed: true,
  });
  expect(again.policies).toEqual({ added: 0, kept: DEMO_POLICIES.length });
  expect(await count(policiesCollection)).toBe(DEMO_POLICIES.length);
  expect(await count(policyVersionsCollection)).toBe(DEMO_POLICIES.length);
  expect(await count(auditCollection)).toBe(DEMO_POLICIES.length);
  // Content only: no demo households, people or courses came with it.
  expect(await count(householdsCollection)).toBe(0);
  expect(await count(usersCollection)).toBe(0);
  expect(await count(coursesCollection)).toBe(0);
});

test("a city's catalogue file loads its policies and courses; what the app changed since is kept", async () => {
  const report = await seedContent(store, clock, example(), {
    kinds: both,
    markPoliciesUnreviewed: false,
  });
  expect(report).toEqual({ policies: { added: 1, kept: 0 }, courses: { added: 1, kept: 0 } });
  const course = await store.collection(coursesCollection).get('course-2027-spring-welding-baohan');
  expect(course).toMatchObject({
    status: 'published',
    seatsLeft: 25,
    confirmed: 0,
    demo: false,
    trainerId: null,
    firstSessionStartsAt: '2027-03-08T01:00:00.000Z',
  });
  expect(await store.collection(policiesCollection).get('rural-pension-2027')).toMatchObject({
    demo: false,
  });
  // An admin edits the course in the app; seeding again leaves it alone.
  await store
    .collection(coursesCollection)
    .update('course-2027-spring-welding-baohan', { set: { capacity: 30, seatsLeft: 30 } });
  expect(
    await seedContent(store, clock, example(), { kinds: both, markPoliciesUnreviewed: false }),
  ).toEqual({ policies: { added: 0, kept: 1 }, courses: { added: 0, kept: 1 } });
  expect(
    (await store.collection(coursesCollection).get('course-2027-spring-welding-baohan'))?.capacity,
  ).toBe(30);
  expect(await count(coursesCollection)).toBe(1);
});

test('--content picks the kinds; a bad file or an unknown kind is refused before anything is written', async () => {
  expect([...readSeedContentArgs(['--content', 'courses']).kinds]).toEqual(['courses']);
  expect([...readSeedContentArgs([]).kinds]).toEqual(['policies', 'courses']);
  expect(() => readSeedContentArgs(['--content', 'households'])).toThrow(/policies,courses/);
  const onlyCourses = await seedContent(store, clock, example(), {
    kinds: new Set(['courses'] as const),
    markPoliciesUnreviewed: false,
  });
  expect(onlyCourses.policies).toEqual({ added: 0, kept: 0 });
  expect(await count(policiesCollection)).toBe(0);

  const raw = JSON.parse(readFileSync(join(__dirname, 'catalogue.example.json'), 'utf8')) as {
    courses: Array<Record<string, unknown>>;
  };
  const noId = { ...raw, courses: raw.courses.map(({ courseId: _drop, ...c }) => c) };
  expect(() => parseContentCatalogue(noId)).toThrow(/courses\.0\.courseId/);
  const badDates = {
    ...raw,
    courses: raw.courses.map((c) => ({ ...c, signupClosesAt: '2027-01-01T00:00:00Z' })),
  };
  expect(() => parseContentCatalogue(badDates)).toThrow(/signupClosesAt: 报名截止要晚于报名开始/);
  const twice = { policies: [], courses: [...raw.courses, ...raw.courses] };
  expect(() => parseContentCatalogue(twice)).toThrow(/重复/);
  const nowhere = parseContentCatalogue({
    courses: raw.courses.map((c) => ({ ...c, courseId: 'course-x', townId: 'town-nowhere' })),
  });
  await expect(
    seedContent(store, clock, nowhere, { kinds: both, markPoliciesUnreviewed: false }),
  ).rejects.toThrow(/town-nowhere/);
  expect(await count(coursesCollection)).toBe(1);
});

describe('on CloudBase (the fake server, through the real SDK)', () => {
  let fake: FakeCloudbaseServer;
  let saved: string | undefined;
  const keys = generateDataKeys();
  beforeAll(async () => {
    // See cloudbase-store.test.ts: skip the SDK's metadata probe outside Tencent Cloud.
    saved = process.env.TENCENTCLOUD;
    process.env.TENCENTCLOUD = 'true';
    fake = await startFakeCloudbaseServer();
  });
  afterAll(async () => {
    await fake.close();
    if (saved === undefined) delete process.env.TENCENTCLOUD;
    else process.env.TENCENTCLOUD = saved;
  });
  const platform = () =>
    createCloudbasePlatform(
      {
        envId: 'test-env',
        dataEncryptionKey: keys.encryptionKey,
        dataHashKey: keys.hashKey,
        rateLimitPerMinute: 60,
        readRateLimitPerMinute: 600,
        imageThumbnails: false,
        functionTimeoutMs: 10_000,
      },
      { serviceUrl: fake.url, secretId: 'x', secretKey: 'y', timeoutMs: 5000 },
    );
  const wx = {
    environment: JSON.stringify({ WX_OPENID: 'oVillagerSeedContent00001', WX_APPID: 'wx1' }),
  };

  test('seeded content is what villagers then see, and a second run adds nothing', async () => {
    const cloud = platform().store;
    await cloud.ensureCollections(ALL_COLLECTIONS);
    await seedOrgUnits(cloud);
    const catalogue = {
      policies: [...builtInCatalogue().policies.slice(0, 3), ...example().policies],
      courses: example().courses,
    };
    const opts = { kinds: both, markPoliciesUnreviewed: false };
    expect(await seedContent(cloud, clock, catalogue, opts)).toEqual({
      policies: { added: 4, kept: 0 },
      courses: { added: 1, kept: 0 },
    });
    expect(await seedContent(cloud, clock, catalogue, opts)).toEqual({
      policies: { added: 0, kept: 4 },
      courses: { added: 0, kept: 1 },
    });
    const policies = createCloudbaseMain(policiesFunction, platform);
    const list = await policies({ action: 'list', payload: {} }, wx);
    expect(list).toMatchObject({ ok: true });
    const titles = list.ok
      ? (list.data as { items: { title: string }[] }).items.map((p) => p.title)
      : [];
    expect(titles).toEqual(expect.arrayContaining(['十五年免费教育', '城乡居民基本养老保险']));
    expect(titles).toHaveLength(4);
    const training = createCloudbaseMain(trainingFunction, platform);
    const courses = await training({ action: 'listCourses', payload: {} }, wx);
    expect(courses).toMatchObject({
      ok: true,
      data: { items: [expect.objectContaining({ title: '电焊工（焊条电弧焊）' })] },
    });
    expect(await cloud.collection(householdsCollection).count({})).toBe(0);
  });
});
