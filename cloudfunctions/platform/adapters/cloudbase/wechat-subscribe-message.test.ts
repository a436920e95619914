import { createMemoryLogger } from '../../ports/logger';
import type { SubscriptionMessage } from '../../ports/subscription-sender';
import { openCloudbaseApp } from './cloudbase-app';
import type { WxApiAnswer, WxApiCall } from './test-support/fake-wx-openapi-server';
import { startFakeWxOpenApiServer } from './test-support/fake-wx-openapi-server';
import { createWechatSubscribeMessage } from './wechat-subscribe-message';

/**
 * The sender through the real `@cloudbase/node-sdk` against the local stand-in for CloudBase's
 * cloud-call bridge, answering as WeChat documents subscribeMessage.send.
 */
const saved = { ...process.env };
beforeAll(() => {
  process.env.TENCENTCLOUD = 'true';
  process.env.WX_CONTEXT_KEYS = 'WX_API_TOKEN';
  process.env.WX_API_TOKEN = 'wx-api-token-of-this-call';
});
afterAll(() => {
  for (const k of ['TENCENTCLOUD', 'WX_CONTEXT_KEYS', 'WX_API_TOKEN'] as const) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

const message: SubscriptionMessage = {
  touser: 'oUser123',
  template_id: 'progress-template-1',
  page: 'packages/risk/pages/report/index?id=r1',
  data: {
    thing1: { value: '返贫风险申报' },
    phrase2: { value: '已退回' },
    thing3: { value: '请补充收入证明' },
    time4: { value: '2026年12月02日 14:05' },
  },
  miniprogram_state: 'formal',
  lang: 'zh_CN',
};

async function onFake(answer: (call: WxApiCall) => WxApiAnswer, timeoutMs = 2000) {
  const fake = await startFakeWxOpenApiServer(answer);
  const logger = createMemoryLogger();
  const app = openCloudbaseApp({
    env: 'test-env',
    secretId: 'x',
    secretKey: 'y',
    serviceUrl: fake.url,
    timeoutMs: 5000,
  });
  return { fake, logger, sender: createWechatSubscribeMessage({ client: app, logger, timeoutMs }) };
}

describe('WeChat subscription messages (through the CloudBase SDK)', () => {
  test('sends subscribeMessage.send with WeChat’s body; errcode 0 is delivered', async () => {
    const { fake, sender } = await onFake(() => ({ errcode: 0, errmsg: 'ok' }));
    try {
      expect(await sender.send(message)).toEqual({ ok: true });
      expect(fake.calls).toEqual([
        {
          apiName: '/cgi-bin/message/subscribe/send',
          requestData: {
            touser: 'oUser123',
            template_id: 'progress-template-1',
            page: 'packages/risk/pages/report/index?id=r1',
            data: message.data,
            miniprogram_state: 'formal',
            lang: 'zh_CN',
          },
          wxCloudApiToken: 'wx-api-token-of-this-call',
        },
      ]);
    } finally {
      await fake.close();
    }
  });

  test.each([
    [
      '43101 user refused',
      { errcode: 43101, errmsg: 'user refuse to accept the msg rid: x' },
      '43101',
      false,
    ],
    ['40003 bad openid', { errcode: 40003, errmsg: 'invalid openid rid: x' }, '40003', false],
    ['40037 bad template', { errcode: 40037, errmsg: 'invalid template_id' }, '40037', false],
    [
      '47003 bad data',
      { errcode: 47003, errmsg: 'argument invalid! data.thing3.value is emtpy' },
      '47003',
      false,
    ],
    ['41030 bad page', { errcode: 41030, errmsg: 'invalid page' }, '41030', false],
    ['-604101 no permission', { errcode: -604101, errmsg: 'system error' }, '-604101', false],
    ['-1 busy', { errcode: -1, errmsg: 'system error' }, '-1', true],
    ['45009 quota', { errcode: 45009, errmsg: 'reach max api daily quota limit' }, '45009', true],
    [
      'a CloudBase refusal',
      { cloudbaseError: { code: 'SYS_ERR', message: 'busy' } },
      'SYS_ERR',
      true,
    ],
    ['a wrong answer', { errmsg: 'ok' }, 'bad-answer', true],
  ] as Array<[string, WxApiAnswer, string, boolean]>)(
    '%s: retry as documented, code logged, no openid in the log',
    async (_n, answer, code, retry) => {
      const { fake, sender, logger } = await onFake(() => answer);
      try {
        expect(await sender.send(message)).toEqual({ ok: false, retry, code });
        expect(logger.lines.join('\n')).toContain(`"code":"${code}"`);
        expect(logger.lines.join('\n')).not.toContain('oUser123');
      } finally {
        await fake.close();
      }
    },
  );

  test('a call WeChat does not answer in time is transient', async () => {
    const { fake, sender } = await onFake(() => ({ hang: true }), 200);
    try {
      expect(await sender.send(message)).toEqual({ ok: false, retry: true, code: 'timeout' });
    } finally {
      await fake.close();
    }
  });
});
