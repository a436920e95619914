import type { Logger } from '../../ports/logger';
import type {
  SendOutcome,
  SubscriptionMessage,
  SubscriptionSender,
} from '../../ports/subscription-sender';
import type { WxOpenApiClient } from './wechat-content-check';

/**
 * SubscriptionSender on WeChat's `subscribeMessage.send`, called through CloudBase's cloud-call
 * bridge (云调用) like the content check: `app.callWxOpenApi({ apiName:
 * '/cgi-bin/message/subscribe/send', requestData })` with `{ touser, template_id, page, data,
 * miniprogram_state, lang }`, answered `{ errcode: 0, errmsg: 'ok' }`. The function must declare
 * the permission `subscribeMessage.send` in its `config.json` (the build writes it), else
 * CloudBase answers -604101. Cloud-call needs no access token of ours, and unlike the content
 * check no caller: a timer may send.
 *
 * WeChat's documented errcodes for this API, and what the dispatcher does with them:
 * - 43101 user refused the message (never subscribed, cancelled, or used up a one-time
 *   subscription), 40003 openid empty or wrong, 40037 template id wrong, 47003 template data
 *   wrong (a value over its field's limit), 41030 page wrong: permanent — marked failed.
 * - -1 system busy, 45009 / 45047 quota, 40001 / 42001 token, a CloudBase refusal, timeout,
 *   network: transient — retried later with backoff.
 * Only codes are logged, never the openid or the message.
 */
export const SUBSCRIBE_SEND_API = '/cgi-bin/message/subscribe/send';

export const PERMANENT_SEND_CODES: Readonly<Record<string, string>> = {
  '43101': 'user refused the message (no subscription left)',
  '40003': 'openid invalid',
  '40037': 'template id invalid',
  '47003': 'template data invalid',
  '41030': 'page invalid',
  '-604101': 'cloud-call permission not declared for this function (config.json)',
};

export interface WechatSubscribeMessageOptions {
  client: WxOpenApiClient;
  logger?: Logger;
  /** How long one WeChat call may take (default 5 s). */
  timeoutMs?: number;
}

class CallTimeout extends Error {
  override name = 'CallTimeout';
}

function codeOfError(e: unknown): string {
  if (e instanceof CallTimeout) return 'timeout';
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : 'network';
}

export function createWechatSubscribeMessage(
  options: WechatSubscribeMessageOptions,
): SubscriptionSender {
  const { client, logger } = options;
  const timeoutMs = options.timeoutMs ?? 5000;

  function outcome(code: string): SendOutcome {
    const meaning = PERMANENT_SEND_CODES[code];
    logger?.warn({ api: 'subscribeMessage.send', code, meaning: meaning ?? null }, 'send failed');
    return meaning ? { ok: false, retry: false, code } : { ok: false, retry: true, code };
  }

  return {
    async send(message: SubscriptionMessage): Promise<SendOutcome> {
      let timer: NodeJS.Timeout | undefined;
      let result: unknown;
      try {
        const answer = await Promise.race([
          client.callWxOpenApi(
            {
              apiName: SUBSCRIBE_SEND_API,
              requestData: { ...message },
            },
            { timeout: timeoutMs },
          ),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new CallTimeout()), timeoutMs);
          }),
        ]);
        result = answer.result;
      } catch (e) {
        return outcome(codeOfError(e));
      } finally {
        clearTimeout(timer);
      }
      const errcode =
        typeof result === 'object' && result !== null
          ? (result as { errcode?: unknown }).errcode
          : undefined;
      if (errcode === 0) return { ok: true };
      return outcome(typeof errcode === 'number' ? String(errcode) : 'bad-answer');
    },
  };
}
