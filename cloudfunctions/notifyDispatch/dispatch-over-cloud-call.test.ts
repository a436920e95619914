import { openCloudbaseApp } from '../platform/adapters/cloudbase/cloudbase-app';
import { startFakeWxOpenApiServer } from '../platform/adapters/cloudbase/test-support/fake-wx-openapi-server';
import { createWechatSubscribeMessage } from '../platform/adapters/cloudbase/wechat-subscribe-message';
import { ensureDevUser } from '../platform/adapters/local/dev-personas';
import { outboxCollection, usersCollection } from '../platform/runtime/platform-collections';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { createTestPlatform } from '../platform/test-support/test-platform';
import { dispatchOutbox } from './dispatch-outbox';
import { consentId, subscriptionConsentsCollection } from './subscription-consents';

/** The dispatcher with the real WeChat sender, through the CloudBase SDK, against the fake bridge. */
const saved = { ...process.env };
beforeAll(() => {
  process.env.TENCENTCLOUD = 'true';
  process.env.WX_CONTEXT_KEYS = 'WX_API_TOKEN';
  process.env.WX_API_TOKEN = 'wx-api-token-of-the-timer';
});
afterAll(() => {
  for (const k of ['TENCENTCLOUD', 'WX_CONTEXT_KEYS', 'WX_API_TOKEN'] as const) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

let t: TestPlatform;
beforeEach(async () => {
  t = await createTestPlatform();
  await t.store.ensureCollections([subscriptionConsentsCollection]);
});
afterEach(() => t.cleanup());

test('a claim notice goes out as WeChat documents subscribeMessage.send; busy is retried, 43101 fails it', async () => {
  const openid = await ensureDevUser(
    t.store,
    t.clock,
    'villager',
    undefined,
    t.platform.deps.dataKeys,
  );
  const user = (await t.store.collection(usersCollection).find({ openid })).items[0];
  if (!user) throw new Error('no villager');
  await t.store.collection(subscriptionConsentsCollection).insert({
    _id: consentId(user._id, 'progress'),
    userId: user._id,
    kind: 'progress',
    templateId: 'tpl-progress-0001',
    remaining: 2,
    lastAnswer: 'accept',
    answeredAt: t.clock.now().toISOString(),
  });
  for (const d of (await t.store.collection(outboxCollection).find({}, { limit: 1000 })).items)
    await t.store.collection(outboxCollection).remove(d._id);
  await t.platform.deps.notifier.notify({
    userId: user._id,
    template: 'claims.town_reviewed',
    data: { claimId: 'c-9', message: '镇上已审核通过，保险公司会在12月5日前上门查勘。' },
  });

  const answers = [
    { errcode: -1, errmsg: 'system error' },
    { errcode: 0, errmsg: 'ok' },
  ];
  const fake = await startFakeWxOpenApiServer(
    () => answers.shift() ?? { errcode: 43101, errmsg: 'user refuse to accept the msg' },
  );
  try {
    const app = openCloudbaseApp({
      env: 'test-env',
      secretId: 'x',
      secretKey: 'y',
      serviceUrl: fake.url,
      timeoutMs: 5000,
    });
    const deps = {
      store: t.store,
      clock: t.clock,
      logger: t.logger,
      sender: createWechatSubscribeMessage({ client: app, logger: t.logger }),
      subscribe: {
        templates: { progress: 'tpl-progress-0001' },
        miniprogramState: 'formal' as const,
      },
    };
    expect(await dispatchOutbox(deps)).toMatchObject({ retrying: 1 });
    t.clock.advance(60_000);
    expect(await dispatchOutbox(deps)).toMatchObject({ sent: 1 });
    expect(fake.calls).toHaveLength(2);
    expect(fake.calls[1]).toEqual({
      apiName: '/cgi-bin/message/subscribe/send',
      requestData: {
        touser: openid,
        template_id: 'tpl-progress-0001',
        page: 'packages/claims/pages/claim/index?claimId=c-9',
        data: {
          thing1: { value: '理赔申请' },
          phrase2: { value: '镇上已审核' },
          thing3: { value: '镇上已审核通过，保险公司会在12月5日…' },
          time4: { value: '2026年11月28日 10:00' },
        },
        miniprogram_state: 'formal',
        lang: 'zh_CN',
      },
      wxCloudApiToken: 'wx-api-token-of-the-timer',
    });
    // A second notice: WeChat says the user has no subscription left.
    await t.platform.deps.notifier.notify({
      userId: user._id,
      template: 'claims.paid',
      data: { claimId: 'c-9' },
    });
    expect(await dispatchOutbox(deps)).toMatchObject({ failed: 1 });
    const docs = (
      await t.store.collection(outboxCollection).find({}, { sort: [['createdAt', 'asc']] })
    ).items;
    expect(docs.map((d) => [d.template, d.status, d.outcome])).toEqual([
      ['claims.town_reviewed', 'sent', null],
      ['claims.paid', 'failed', '43101'],
    ]);
    expect(
      (
        await t.store
          .collection(subscriptionConsentsCollection)
          .get(consentId(user._id, 'progress'))
      )?.remaining,
    ).toBe(0);
    expect(t.logger.lines.join('\n')).not.toContain(openid);
  } finally {
    await fake.close();
  }
});
