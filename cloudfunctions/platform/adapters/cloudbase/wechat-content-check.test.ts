import type { WxOpenApiClient } from './wechat-content-check';
import { createWechatContentCheck } from './wechat-content-check';

type Call = { apiName: string; requestData: Record<string, unknown> };

function client(answer: (c: Call) => unknown): WxOpenApiClient & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    callWxOpenApi: (c) => {
      calls.push(c);
      try {
        return Promise.resolve({ result: answer(c) });
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    },
  };
}

const v2 = (suggest: string) => ({ errcode: 0, errmsg: 'ok', result: { suggest, label: 100 } });

describe('WeChat content check', () => {
  test('v2 with the caller openid: pass is ok, review and risky are held back', async () => {
    const c = client((call) =>
      v2(String(call.requestData.content).includes('坏') ? 'risky' : 'pass'),
    );
    const check = createWechatContentCheck({ client: c, openid: 'oUser123' });
    expect(await check.checkText('我们村的老照片')).toEqual({ ok: true });
    expect(await check.checkText('坏话')).toMatchObject({ ok: false });
    expect(c.calls[0]).toEqual({
      apiName: '/wxa/msg_sec_check',
      requestData: { content: '我们村的老照片', version: 2, scene: 2, openid: 'oUser123' },
    });
    const review = createWechatContentCheck({
      client: client(() => v2('review')),
      openid: 'oUser123',
    });
    expect((await review.checkText('x')).ok).toBe(false);
  });

  test('without an openid it uses v1: errcode 0 passes, 87014 is risky', async () => {
    const c = client((call) => ({
      errcode: String(call.requestData.content) === 'bad' ? 87014 : 0,
    }));
    const check = createWechatContentCheck({ client: c });
    expect(await check.checkText('good')).toEqual({ ok: true });
    expect(await check.checkText('bad')).toMatchObject({ ok: false });
    expect(c.calls[0]?.requestData).toEqual({ content: 'good' });
  });

  test('fails closed on errors and unexpected answers; long text is checked in pieces', async () => {
    const down = createWechatContentCheck({
      client: client(() => {
        throw new Error('network');
      }),
    });
    expect(await down.checkText('hello')).toEqual({
      ok: false,
      reason: expect.any(String) as string,
    });
    const odd = createWechatContentCheck({
      client: client(() => ({ errcode: 40001 })),
      openid: 'oUser123',
    });
    expect((await odd.checkText('hello')).ok).toBe(false);
    const c = client(() => v2('pass'));
    const check = createWechatContentCheck({ client: c, openid: 'oUser123' });
    expect(await check.checkText('村'.repeat(6000))).toEqual({ ok: true });
    expect(c.calls).toHaveLength(3);
    expect(await check.checkText('   ')).toEqual({ ok: true });
  });

  test('images go to media_check_async: a trace id means pending; anything else fails closed', async () => {
    const c = client(() => ({ errcode: 0, errmsg: 'ok', trace_id: '6698bd0c-0a2f2c1a-3b' }));
    const check = createWechatContentCheck({ client: c, openid: 'oUser123' });
    const image = {
      url: 'https://tmp.example/p.jpg',
      bytes: Buffer.from('x'),
      contentType: 'image/jpeg',
    };
    expect(await check.checkImage(image)).toEqual({
      ok: 'pending',
      traceId: '6698bd0c-0a2f2c1a-3b',
    });
    expect(c.calls[0]).toEqual({
      apiName: '/wxa/media_check_async',
      requestData: {
        media_url: 'https://tmp.example/p.jpg',
        media_type: 2,
        version: 2,
        scene: 2,
        openid: 'oUser123',
      },
    });
    const refused = createWechatContentCheck({ client: client(() => ({ errcode: 87014 })) });
    expect(await refused.checkImage(image)).toMatchObject({ ok: false });
    const odd = createWechatContentCheck({ client: client(() => ({ errcode: 45009 })) });
    expect(await odd.checkImage(image)).toMatchObject({ ok: false });
    const down = createWechatContentCheck({
      client: client(() => {
        throw new Error('network');
      }),
    });
    expect(await down.checkImage(image)).toMatchObject({ ok: false });
  });
});
