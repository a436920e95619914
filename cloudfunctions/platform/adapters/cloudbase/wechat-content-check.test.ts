import { createMemoryLogger } from '../../ports/logger';
import { openCloudbaseApp } from './cloudbase-app';
import type { WxApiAnswer, WxApiCall } from './test-support/fake-wx-openapi-server';
import { startFakeWxOpenApiServer } from './test-support/fake-wx-openapi-server';
import { createWechatContentCheck } from './wechat-content-check';

/**
 * The adapter through the real `@cloudbase/node-sdk` against a local stand-in for CloudBase's
 * cloud-call bridge, answering as WeChat documents msgSecCheck / mediaCheckAsync version 2.
 */

// See cloudbase-store.test.ts: the SDK's switch that skips the metadata probe outside Tencent Cloud.
const saved = { ...process.env };
beforeAll(() => {
  process.env.TENCENTCLOUD = 'true';
  // Inside SCF the runtime sets these per invocation; the SDK forwards WX_API_TOKEN as wxCloudApiToken.
  process.env.WX_CONTEXT_KEYS = 'WX_API_TOKEN';
  process.env.WX_API_TOKEN = 'wx-api-token-of-this-call';
});
afterAll(() => {
  for (const k of ['TENCENTCLOUD', 'WX_CONTEXT_KEYS', 'WX_API_TOKEN'] as const) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

const textPass = (suggest: 'pass' | 'review' | 'risky') => ({
  errcode: 0,
  errmsg: 'ok',
  result: { suggest, label: suggest === 'pass' ? 100 : 20001 },
  detail: [
    { strategy: 'content_model', errcode: 0, suggest, label: suggest === 'pass' ? 100 : 20001 },
  ],
  trace_id: '60ae120f-371d5872-7941a05b',
});

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
  const check = createWechatContentCheck({ client: app, logger, timeoutMs });
  return { fake, logger, check };
}

const image = {
  url: 'https://tmp.example/p.jpg',
  bytes: Buffer.from('x'),
  contentType: 'image/jpeg',
};

describe('WeChat content check (v2, through the CloudBase SDK)', () => {
  test('text goes to msg_sec_check v2 with the caller openid and scene; pass is ok, review and risky are held back', async () => {
    const { fake, check, logger } = await onFake((call) =>
      textPass(String(call.requestData.content).includes('坏') ? 'risky' : 'pass'),
    );
    try {
      const forum = check.forCall?.({ openid: 'oUser123', scene: 'forum' });
      if (!forum) throw new Error('the WeChat check must be bindable');
      expect(await forum.checkText('我们村的老照片')).toEqual({ ok: true });
      expect(await forum.checkText('坏话')).toEqual({
        ok: false,
        reason: '内容可能含有不当信息，请修改后再提交。',
      });
      expect(fake.calls[0]).toEqual({
        apiName: '/wxa/msg_sec_check',
        requestData: { content: '我们村的老照片', version: 2, scene: 3, openid: 'oUser123' },
        wxCloudApiToken: 'wx-api-token-of-this-call',
      });
      const profile = check.forCall?.({ openid: 'oUser123', scene: 'profile' });
      await profile?.checkText('家里的情况');
      expect(fake.calls[2]?.requestData).toMatchObject({ scene: 1, version: 2 });
      // The user's words never reach the log.
      expect(logger.lines.join('\n')).not.toContain('坏话');
    } finally {
      await fake.close();
    }
  });

  test('review is held back like risky', async () => {
    const { fake, check } = await onFake(() => textPass('review'));
    try {
      const c = check.forCall?.({ openid: 'oUser123', scene: 'comment' });
      expect((await c?.checkText('x'))?.ok).toBe(false);
      expect(fake.calls[0]?.requestData.scene).toBe(2);
    } finally {
      await fake.close();
    }
  });

  test('there is no v1: without a caller openid nothing is sent and the check refuses', async () => {
    const { fake, check } = await onFake(() => textPass('pass'));
    try {
      expect(await check.checkText('你好')).toEqual({
        ok: false,
        reason: '请在微信小程序里登录后再提交。',
      });
      const anonymous = check.forCall?.({ openid: null, scene: 'comment' });
      expect((await anonymous?.checkText('你好'))?.ok).toBe(false);
      expect((await anonymous?.checkImage(image))?.ok).toBe(false);
      expect(fake.calls).toHaveLength(0);
    } finally {
      await fake.close();
    }
  });

  test.each([
    [
      'permission not declared (-604101)',
      { errcode: -604101, errmsg: 'system error: error code: -604101' },
      '-604101',
      '内容安全检查暂时不可用，请稍后再试。',
    ],
    [
      'access token invalid (40001)',
      { errcode: 40001, errmsg: 'invalid credential' },
      '40001',
      '内容安全检查暂时不可用，请稍后再试。',
    ],
    [
      'user not active within 2 hours (61010)',
      { errcode: 61010, errmsg: 'user access record expired' },
      '61010',
      '请关掉小程序再重新打开，然后再提交一次。',
    ],
    [
      'CloudBase refuses the call itself',
      { cloudbaseError: { code: 'PERMISSION_DENIED', message: 'no permission' } },
      'PERMISSION_DENIED',
      '内容安全检查暂时不可用，请稍后再试。',
    ],
    [
      'an answer of the wrong shape',
      { errcode: 0, errmsg: 'ok' },
      'bad-answer',
      '内容安全检查暂时不可用，请稍后再试。',
    ],
  ] as Array<[string, WxApiAnswer, string, string]>)(
    'fails closed on %s, logging the code',
    async (_name, answer, code, reason) => {
      const { fake, check, logger } = await onFake(() => answer);
      try {
        const c = check.forCall?.({ openid: 'oUser123', scene: 'comment' });
        expect(await c?.checkText('我的留言')).toEqual({ ok: false, reason });
        const line = logger.lines.find((l) => l.includes('content check failed closed'));
        expect(line).toBeDefined();
        expect(JSON.parse(line ?? '{}')).toMatchObject({ api: 'msg_sec_check', code });
        expect(logger.lines.join('\n')).not.toContain('我的留言');
      } finally {
        await fake.close();
      }
    },
  );

  test('fails closed when WeChat does not answer in time', async () => {
    const { fake, check, logger } = await onFake(() => ({ hang: true }), 200);
    try {
      const c = check.forCall?.({ openid: 'oUser123', scene: 'comment' });
      expect(await c?.checkText('你好')).toEqual({
        ok: false,
        reason: '内容安全检查暂时不可用，请稍后再试。',
      });
      expect(logger.lines.join('\n')).toContain('"code":"timeout"');
    } finally {
      await fake.close();
    }
  });

  test('long text is checked in pieces of 2500 characters; blank text needs no check', async () => {
    const { fake, check } = await onFake(() => textPass('pass'));
    try {
      const c = check.forCall?.({ openid: 'oUser123', scene: 'forum' });
      expect(await c?.checkText('村'.repeat(6000))).toEqual({ ok: true });
      expect(fake.calls.map((x) => Array.from(String(x.requestData.content)).length)).toEqual([
        2500, 2500, 1000,
      ]);
      expect(await c?.checkText('   ')).toEqual({ ok: true });
      expect(fake.calls).toHaveLength(3);
    } finally {
      await fake.close();
    }
  });

  test('images go to media_check_async v2: a trace id means pending; anything else fails closed', async () => {
    let answer: WxApiAnswer = { errcode: 0, errmsg: 'ok', trace_id: '6698bd0c-0a2f2c1a-3b' };
    const { fake, check } = await onFake(() => answer);
    try {
      const c = check.forCall?.({ openid: 'oUser123', scene: 'forum' });
      expect(await c?.checkImage(image)).toEqual({
        ok: 'pending',
        traceId: '6698bd0c-0a2f2c1a-3b',
      });
      expect(fake.calls[0]).toMatchObject({
        apiName: '/wxa/media_check_async',
        requestData: {
          media_url: 'https://tmp.example/p.jpg',
          media_type: 2,
          version: 2,
          scene: 3,
          openid: 'oUser123',
        },
      });
      answer = { errcode: -604101, errmsg: 'system error: error code: -604101' };
      expect(await c?.checkImage(image)).toMatchObject({ ok: false });
      answer = { errcode: 45009, errmsg: 'reach max api daily quota limit' };
      expect(await c?.checkImage(image)).toMatchObject({ ok: false });
      answer = { errcode: 0, errmsg: 'ok' };
      expect(await c?.checkImage(image)).toMatchObject({ ok: false });
    } finally {
      await fake.close();
    }
  });
});
