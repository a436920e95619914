import { ALL_COLLECTIONS } from '../collection-registry';
import { feedbackFunction } from '../feedback/feedback-function';
import { startFakeCloudbaseServer } from './adapters/cloudbase/test-support/fake-cloudbase-server';
import type { FakeCloudbaseServer } from './adapters/cloudbase/test-support/fake-cloudbase-server';
import { createWordListContentCheck } from './adapters/local/word-list-content-check';
import { createCloudbasePlatform } from './cloudbase-platform';
import { createCloudbaseMain } from './create-cloudbase-main';
import { generateDataKeys } from './runtime/sealed-value';

jest.setTimeout(30_000);

let fake: FakeCloudbaseServer;
let saved: string | undefined;
beforeAll(async () => {
  // See cloudbase-store.test.ts: skip the SDK's metadata probe outside Tencent Cloud.
  saved = process.env.TENCENTCLOUD;
  process.env.TENCENTCLOUD = 'true';
  fake = await startFakeCloudbaseServer();
  // What `npm run setup:cloudbase` does at deployment: create every collection.
  await platform().store.ensureCollections(ALL_COLLECTIONS);
});
afterAll(async () => {
  await fake.close();
  if (saved === undefined) delete process.env.TENCENTCLOUD;
  else process.env.TENCENTCLOUD = saved;
});

const keys = generateDataKeys();
// WeChat's msgSecCheck is outside the project (the fake serves the database only): the local
// word list stands in for it here.
const platform = () => ({
  ...createCloudbasePlatform(
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
  ),
  contentCheck: createWordListContentCheck(),
});
const main = () => createCloudbaseMain(feedbackFunction, platform);
const wx = (openid: string) => ({
  environment: JSON.stringify({ WX_OPENID: openid, WX_APPID: 'wx123' }),
});

test('the CloudBase entry runs the same handlers on the CloudBase store, identified by WeChat OPENID', async () => {
  const fn = main();
  const submitted = await fn(
    {
      action: 'submit',
      payload: { category: 'help', content: '水管冻裂了，需要帮忙' },
      idempotencyKey: 'cb-key-0001',
      userInfo: { openId: 'oSPOOFED00' },
    },
    wx('oVillagerA01'),
  );
  expect(submitted).toMatchObject({ ok: true, data: { status: 'received' } });
  const replay = await fn(
    {
      action: 'submit',
      payload: { category: 'help', content: '水管冻裂了，需要帮忙' },
      idempotencyKey: 'cb-key-0001',
    },
    wx('oVillagerA01'),
  );
  expect(replay).toEqual(submitted);
  const mine = await fn({ action: 'mine', payload: {} }, wx('oVillagerA01'));
  expect(mine).toMatchObject({ ok: true, data: { items: [{ content: '水管冻裂了，需要帮忙' }] } });
  expect(await fn({ action: 'mine', payload: {} }, wx('oSPOOFED00'))).toMatchObject({
    ok: true,
    data: { items: [] },
  });
  expect(await fn({ action: 'mine', payload: {} }, {})).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
  expect(
    await fn({ action: 'submit', payload: { category: 'x' } }, wx('oVillagerA01')),
  ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
});

test('a misconfigured function answers INTERNAL instead of crashing', async () => {
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const fn = createCloudbaseMain(feedbackFunction, () => {
    throw new Error('DATA_ENCRYPTION_KEY (32 bytes, base64) is not set');
  });
  expect(await fn({ action: 'mine' }, wx('oVillagerA01'))).toMatchObject({
    ok: false,
    error: { code: 'INTERNAL' },
  });
  expect(spy).toHaveBeenCalled();
  spy.mockRestore();
});
