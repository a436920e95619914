import { existsSync, readFileSync } from 'node:fs';
import { maskIdNumber } from '../../shared/src/privacy/mask';
import { createCloudbaseStore } from '../platform/adapters/cloudbase/cloudbase-store';
import { startFakeCloudbaseServer } from '../platform/adapters/cloudbase/test-support/fake-cloudbase-server';
import { usersCollection } from '../platform/runtime/platform-collections';
import { idLast4Hash, sealIdNumber } from '../platform/runtime/sealed-value';
import { demoIdNumber } from '../platform/seed/demo-id-numbers';
import { createTestPlatform } from '../platform/test-support/test-platform';
import type { TestPlatform } from '../platform/test-support/test-platform';
import type { HouseholdDoc } from './household-collections';
import { householdsCollection } from './household-collections';
import { householdsFunction } from './households-function';
import { migrateLegacyIdFields } from './legacy-id-fields';

let t: TestPlatform;
beforeEach(async () => {
  t = await createTestPlatform();
});
afterEach(() => t.cleanup());

const HEAD = demoIdNumber('1968-03-12', 11);

/** Puts a household and a user back into the shape they had before issue 11. */
async function makeLegacy() {
  const households = t.store.collection(householdsCollection);
  const h = await households.get('hh-demo-qimou-01');
  if (!h) throw new Error('seed missing');
  const members = h.members.map((m, i) => ({
    ...m,
    birthYear: undefined,
    birthDate: i === 0 ? '1968-03-12' : `${m.birthYear ?? 1970}-01-01`,
    idNumber: {
      ...m.idNumber,
      masked: i === 0 ? `6229**********${HEAD.slice(-4)}` : '6229**********0000',
      last4: i === 0 ? HEAD.slice(-4) : '0000',
    },
  }));
  await households.update(h._id, {
    set: { members: members as unknown as HouseholdDoc['members'] },
    unset: ['headIdLast4Hash'],
  });
  await households.update(h._id, {
    set: { headIdLast4: HEAD.slice(-4) } as unknown as Partial<HouseholdDoc>,
  });
  await t.tokenFor('villager');
  const user = (await t.store.collection(usersCollection).find({ openid: 'dev:villager' }))
    .items[0];
  if (!user?.idNumber) throw new Error('persona missing');
  await t.store.collection(usersCollection).update(user._id, {
    set: {
      idNumber: { ...user.idNumber, masked: maskIdNumber(HEAD), last4: HEAD.slice(-4) },
    } as never,
  });
}

function rawText(table: string): string {
  return JSON.stringify(t.store.reader.prepare(`SELECT doc FROM ${table}`).all());
}

test('a database from before issue 11 is rewritten at start-up: no birth date, masked form or last 4 remains', async () => {
  await makeLegacy();
  expect(rawText('c_households')).toContain('1968-03-12');
  // The patterns looked for below do match the legacy fields before the pass.
  expect(rawText('c_households')).toContain(`\\"${HEAD.slice(-4)}\\"`);
  expect(rawText('c_users')).toContain(`*${HEAD.slice(-4)}`);
  expect(await migrateLegacyIdFields(t.store, t.platform.deps.dataKeys)).toBe(2);
  const leftovers = ['c_households', 'c_users'].flatMap((table) => {
    const text = rawText(table);
    // The last 4 as a stored value or after a mask (4 digits alone also occur by chance inside
    // random ids and sealed base64).
    const last4 = HEAD.slice(-4);
    return ['1968-03-12', 'birthDate', 'headIdLast4\\"', `\\"${last4}\\"`, `*${last4}`].filter(
      (gone) => text.includes(gone),
    );
  });
  expect(leftovers).toEqual([]);
  // Nor in the file's free pages or WAL (the pass compacts the SQLite file).
  const file = t.store.reader.name;
  const bytes = [file, `${file}-wal`]
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f).toString('latin1'))
    .join('');
  expect(bytes.includes('birthDate')).toBe(false);
  expect(bytes.includes('1968-03-12')).toBe(false);
  const h = await t.store.collection(householdsCollection).get('hh-demo-qimou-01');
  expect(h?.members.map((m) => Object.keys(m.idNumber).sort().join())).toEqual(
    Array<string>(4).fill('hash,sealed'),
  );
  expect(await migrateLegacyIdFields(t.store, t.platform.deps.dataKeys)).toBe(0);
  // The views and the last-4 search still work from what is left.
  const call = t.client(householdsFunction);
  expect(await call('village_cadre', 'list', { q: HEAD.slice(-4) })).toMatchObject({
    ok: true,
    data: { items: [{ householdId: 'hh-demo-qimou-01' }] },
  });
  expect(await call('villager', 'mine', {})).toMatchObject({
    ok: true,
    data: {
      household: { members: expect.arrayContaining([expect.objectContaining({ age: 58 })]) },
    },
  });
});

describe('on the CloudBase adapter (through the real SDK, against the local fake server)', () => {
  let saved: string | undefined;
  beforeAll(() => {
    // The SDK's own switch that skips its cloud-metadata probe (see cloudbase-store.test.ts).
    saved = process.env.TENCENTCLOUD;
    process.env.TENCENTCLOUD = 'true';
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TENCENTCLOUD;
    else process.env.TENCENTCLOUD = saved;
  });

  test('the same pass rewrites old documents and is idempotent', async () => {
    const fake = await startFakeCloudbaseServer();
    const store = createCloudbaseStore({
      env: 'test-env',
      secretId: 'x',
      secretKey: 'y',
      serviceUrl: fake.url,
      timeoutMs: 5000,
      indexProvisioner: fake.indexProvisioner,
    });
    try {
      await store.ensureCollections([householdsCollection, usersCollection]);
      const keys = t.platform.deps.dataKeys;
      const sealed = sealIdNumber(HEAD, keys);
      const legacyId = {
        ...sealed,
        masked: `6229**********${HEAD.slice(-4)}`,
        last4: HEAD.slice(-4),
      };
      const seeded = await t.store.collection(householdsCollection).get('hh-demo-qimou-01');
      if (!seeded) throw new Error('seed missing');
      const { _id: _i, _version: _v, headIdLast4Hash: _h, ...rest } = seeded;
      await store.collection(householdsCollection).insert({
        ...rest,
        _id: 'hh-legacy',
        members: [{ ...rest.members[0], idNumber: legacyId, birthDate: '1968-03-12' }],
        headIdLast4: HEAD.slice(-4),
      } as unknown as HouseholdDoc);
      await store.collection(usersCollection).insert({
        openid: 'legacy',
        role: 'villager',
        name: '马文礼',
        orgUnitId: null,
        villageId: null,
        townId: null,
        householdId: null,
        phone: null,
        idNumber: legacyId,
        consents: [],
        demo: true,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
      expect(await migrateLegacyIdFields(store, keys)).toBe(2);
      expect(await migrateLegacyIdFields(store, keys)).toBe(0);
      const h = await store.collection(householdsCollection).get('hh-legacy');
      expect(h).not.toHaveProperty('headIdLast4');
      expect(h?.headIdLast4Hash).toBe(idLast4Hash(HEAD.slice(-4), keys));
      expect(h?.members[0]).toMatchObject({ birthYear: 1968, idNumber: sealed });
      expect(h?.members[0]).not.toHaveProperty('birthDate');
      const u = (await store.collection(usersCollection).find({ openid: 'legacy' })).items[0];
      expect(u?.idNumber).toEqual(sealed);
    } finally {
      await store.close();
      await fake.close();
    }
  });
});
