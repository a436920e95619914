import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_COLLECTIONS } from '../collection-registry';
import { startFakeCloudbaseServer } from '../platform/adapters/cloudbase/test-support/fake-cloudbase-server';
import type { FakeCloudbaseServer } from '../platform/adapters/cloudbase/test-support/fake-cloudbase-server';
import { openSqliteStore } from '../platform/adapters/sqlite/sqlite-store';
import { createCloudbasePlatform } from '../platform/cloudbase-platform';
import { createCloudbaseMain } from '../platform/create-cloudbase-main';
import { fixedClock } from '../platform/ports/clock';
import type { Store } from '../platform/ports/store';
import { auditCollection, usersCollection } from '../platform/runtime/platform-collections';
import { generateDataKeys } from '../platform/runtime/sealed-value';
import { seedOrgUnits } from '../platform/seed/seed-org-units';
import { usersFunction } from '../users/users-function';
import { readFirstAdminOpenid } from './env';
import { grantFirstAdmin } from './grant-first-admin';

jest.setTimeout(30_000);

const OPENID = 'oAbCdEfGhIjKlMnOpQrStUvWx-_1';
const clock = fixedClock(new Date('2026-12-02T03:00:00Z'));

let fake: FakeCloudbaseServer;
let saved: string | undefined;
const keys = generateDataKeys();
/** The deployed wiring (CloudBase store, WeChat identity) against the fake server. */
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
const wx = (openid: string) => ({
  environment: JSON.stringify({ WX_OPENID: openid, WX_APPID: 'wx123' }),
});

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

/** What `npm run setup:cloudbase` does before granting: every collection, the org units. */
async function prepared(): Promise<Store> {
  const store = platform().store;
  await store.ensureCollections(ALL_COLLECTIONS);
  await seedOrgUnits(store);
  return store;
}

async function usersWith(store: Store, openid: string) {
  return (await store.collection(usersCollection).find({ openid }, { limit: 10 })).items;
}
async function setupAudit(store: Store, userId: string) {
  return (
    await store.collection(auditCollection).find({ entityId: userId }, { limit: 10 })
  ).items.filter((a) => a.actorId === 'setup');
}

test('on a new CloudBase environment the first admin is created, audited, and can act as admin', async () => {
  const store = await prepared();
  const me = createCloudbaseMain(usersFunction, platform);
  const granted = await grantFirstAdmin(store, clock, OPENID);
  expect(granted).toMatchObject({ outcome: 'created', cityId: 'city-linxia' });

  expect(await usersWith(store, OPENID)).toEqual([
    expect.objectContaining({
      _id: granted.userId,
      role: 'admin',
      orgUnitId: 'city-linxia',
      villageId: null,
      townId: null,
    }),
  ]);
  expect(await setupAudit(store, granted.userId)).toEqual([
    expect.objectContaining({
      actorId: 'setup',
      actorRole: 'system',
      fn: 'setup-cloudbase',
      action: 'grantFirstAdmin',
      entity: 'user',
      from: null,
      to: 'admin@city-linxia',
      at: '2026-12-02T03:00:00.000Z',
    }),
  ]);

  // Their first login finds that record (by WeChat's OPENID) and they may manage staff.
  expect(await me({ action: 'me', payload: {} }, wx(OPENID))).toMatchObject({
    ok: true,
    data: { userId: granted.userId, role: 'admin', orgUnitId: 'city-linxia' },
  });
  expect(await me({ action: 'listStaff', payload: {} }, wx(OPENID))).toMatchObject({ ok: true });

  // Running setup again changes nothing and writes no second audit entry.
  expect(await grantFirstAdmin(store, clock, OPENID)).toEqual({ ...granted, outcome: 'unchanged' });
  expect(await usersWith(store, OPENID)).toHaveLength(1);
  expect(await setupAudit(store, granted.userId)).toHaveLength(1);
});

test('someone who already logged in as a villager is promoted in place, audited from their old role', async () => {
  const store = await prepared();
  const me = createCloudbaseMain(usersFunction, platform);
  const openid = 'oVillagerLoggedInFirst000001';
  const before = await me({ action: 'me', payload: {} }, wx(openid));
  expect(before).toMatchObject({ ok: true, data: { role: 'villager' } });
  const userId = (before as { data: { userId: string } }).data.userId;
  expect(await me({ action: 'listStaff', payload: {} }, wx(openid))).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });

  expect(await grantFirstAdmin(store, clock, openid)).toEqual({
    userId,
    outcome: 'promoted',
    cityId: 'city-linxia',
  });
  expect(await setupAudit(store, userId)).toEqual([
    expect.objectContaining({ from: 'villager@-', to: 'admin@city-linxia', actorId: 'setup' }),
  ]);
  expect(await me({ action: 'me', payload: {} }, wx(openid))).toMatchObject({
    ok: true,
    data: { userId, role: 'admin' },
  });
  expect(await grantFirstAdmin(store, clock, openid)).toMatchObject({ outcome: 'unchanged' });
  expect(await setupAudit(store, userId)).toHaveLength(1);
});

test('the same code path works on the SQLite store, and refuses an environment without the city unit', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'psv-first-admin-'));
  const store = openSqliteStore({ file: join(dir, 'palm-village.db') });
  try {
    await store.ensureCollections(ALL_COLLECTIONS);
    await expect(grantFirstAdmin(store, clock, OPENID)).rejects.toThrow(/no city unit/);
    expect(await usersWith(store, OPENID)).toEqual([]);
    await seedOrgUnits(store);
    const first = await grantFirstAdmin(store, clock, OPENID);
    expect(first.outcome).toBe('created');
    expect(await grantFirstAdmin(store, clock, OPENID)).toMatchObject({ outcome: 'unchanged' });
    expect(await usersWith(store, OPENID)).toEqual([
      expect.objectContaining({ role: 'admin', orgUnitId: 'city-linxia' }),
    ]);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the openid comes from --first-admin, else FIRST_ADMIN_OPENID, and must look like one', () => {
  expect(readFirstAdminOpenid([], {})).toBeNull();
  expect(readFirstAdminOpenid([], { FIRST_ADMIN_OPENID: '' })).toBeNull();
  expect(readFirstAdminOpenid([], { FIRST_ADMIN_OPENID: OPENID })).toBe(OPENID);
  expect(readFirstAdminOpenid(['--first-admin', OPENID], {})).toBe(OPENID);
  expect(
    readFirstAdminOpenid([`--first-admin=${OPENID}`], { FIRST_ADMIN_OPENID: 'oOther0000' }),
  ).toBe(OPENID);
  expect(() => readFirstAdminOpenid(['--first-admin', 'not an openid'], {})).toThrow(
    /openid looks wrong/,
  );
  expect(() => readFirstAdminOpenid(['--first-admn', OPENID], {})).toThrow();
});
