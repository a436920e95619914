import { z } from 'zod';
import { action, defineFunction } from '../../../shared/src/contract/define-function';
import type { WxOpenApiClient } from '../adapters/cloudbase/wechat-content-check';
import { createWechatContentCheck } from '../adapters/cloudbase/wechat-content-check';
import { createTestPlatform } from '../test-support/test-platform';
import type { TestPlatform } from '../test-support/test-platform';
import type { Handlers } from './handler-context';
import { defineHandlers } from './handler-context';

/** A function that passes what it is sent through the content check. */
const echoContract = defineFunction('echo', {
  say: action({
    summary: 'test',
    input: z.object({ text: z.string() }).strict(),
    output: z.object({ ok: z.boolean() }),
    access: { villager: 'own', anonymous: 'public' },
    mutating: false,
  }),
});
const echoHandlers: Handlers<typeof echoContract.actions> = {
  say: async (input, ctx) => ({ ok: (await ctx.contentCheck.checkText(input.text)).ok }),
};
const declared = defineHandlers(echoContract, echoHandlers, { contentScene: 'comment' });
const undeclared = defineHandlers(echoContract, echoHandlers);

/** CloudBase's cloud-call bridge as the SDK resolves it: `{ result: <WeChat's v2 answer> }`. */
function bridge(): WxOpenApiClient & { calls: Array<Record<string, unknown>> } {
  const calls: Array<Record<string, unknown>> = [];
  return {
    calls,
    callWxOpenApi: ({ requestData }) => {
      calls.push(requestData);
      return Promise.resolve({
        result: { errcode: 0, errmsg: 'ok', result: { suggest: 'pass', label: 100 }, detail: [] },
      });
    },
  };
}

let t: TestPlatform;
beforeEach(async () => {
  t = await createTestPlatform();
});
afterEach(() => t.cleanup());

test("each call's check is bound to that caller's openid and the function's scene", async () => {
  const b = bridge();
  t.platform.deps.contentCheck = createWechatContentCheck({ client: b });
  const call = t.client(declared);
  expect(await call('villager', 'say', { text: '谢谢村里' })).toEqual({
    ok: true,
    data: { ok: true },
  });
  expect(b.calls[0]).toEqual({
    content: '谢谢村里',
    version: 2,
    scene: 2,
    openid: 'dev:villager',
  });
});

test('an anonymous call has no openid: the WeChat check refuses without asking', async () => {
  const b = bridge();
  t.platform.deps.contentCheck = createWechatContentCheck({ client: b });
  expect(await t.client(declared)(null, 'say', { text: '你好' })).toEqual({
    ok: true,
    data: { ok: false },
  });
  expect(b.calls).toHaveLength(0);
});

test('a function that did not declare its content scene cannot use the check', async () => {
  const r = await t.client(undeclared)('villager', 'say', { text: '你好' });
  expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  expect(t.logger.lines.join('\n')).toContain('without declaring its contentScene');
});
