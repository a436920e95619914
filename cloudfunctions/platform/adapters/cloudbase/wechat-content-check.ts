import type {
  ContentCheck,
  ContentCheckBinding,
  ContentVerdict,
  ImageVerdict,
} from '../../ports/content-check';
import { WECHAT_SCENE } from '../../ports/content-check';
import type { Logger } from '../../ports/logger';

/**
 * ContentCheck on WeChat's content-security API, version 2, called through CloudBase's cloud-call
 * bridge (云调用): `app.callWxOpenApi({ apiName, requestData })`, which `@cloudbase/node-sdk` sends
 * as action `wx.api` (requestData JSON-encoded, the invocation's `WX_API_TOKEN` attached) and
 * resolves with `{ result: <WeChat's JSON answer>, requestId }`; when CloudBase itself refuses
 * (`{ code, message }`) the SDK throws an error carrying that code.
 *
 * - Text: `POST /wxa/msg_sec_check` `{ content, version: 2, scene, openid }` →
 *   `{ errcode: 0, errmsg, result: { suggest: 'pass'|'review'|'risky', label }, detail, trace_id }`.
 * - Images: `POST /wxa/media_check_async` `{ media_url, media_type: 2, version: 2, scene, openid }`
 *   → `{ errcode: 0, errmsg, trace_id }`; the verdict comes later as a `wxa_media_check` push.
 *
 * Both need the caller's OPENID (the user must have opened the mini-program within the last
 * 2 hours, else errcode 61010) and the function must declare the permissions
 * `security.msgSecCheck` / `security.mediaCheckAsync` in its `config.json` (else -604101; the
 * build writes that file). There is no v1 fallback: a check not bound to a caller refuses, and
 * every failure — an errcode, a thrown error, a timeout, an answer of the wrong shape — fails
 * CLOSED with a reason a villager can act on. Failures are logged by code; never the text.
 */
export interface WxOpenApiClient {
  callWxOpenApi(
    o: { apiName: string; requestData: Record<string, unknown> },
    opts?: { timeout?: number },
  ): Promise<{ result?: unknown }>;
}

export interface WechatContentCheckOptions {
  client: WxOpenApiClient;
  logger?: Logger;
  /** How long one WeChat call may take before the check fails closed (default 3 s). */
  timeoutMs?: number;
}

/** WeChat's per-call limit is 2500 characters; longer text is checked in pieces. */
const MAX_CHARS = 2500;
const DEFAULT_TIMEOUT_MS = 3000;

const RISKY: ContentVerdict = { ok: false, reason: '内容可能含有不当信息，请修改后再提交。' };
const UNAVAILABLE: ContentVerdict = {
  ok: false,
  reason: '内容安全检查暂时不可用，请稍后再试。',
};
const NOT_SIGNED_IN: ContentVerdict = { ok: false, reason: '请在微信小程序里登录后再提交。' };
/** errcode 61010: the user has not opened the mini-program within the last 2 hours. */
const STALE_VISIT: ContentVerdict = {
  ok: false,
  reason: '请关掉小程序再重新打开，然后再提交一次。',
};

/** WeChat / cloud-call codes worth naming in the log. */
const KNOWN_CODES: Record<string, string> = {
  '-604101': 'cloud-call permission not declared for this function (config.json)',
  '40001': 'access token invalid',
  '61010': 'user has not opened the mini-program within 2 hours',
  '87014': 'content risky',
  '40003': 'openid invalid',
  '45009': 'daily quota reached',
};

function chunks(text: string): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += MAX_CHARS)
    out.push(chars.slice(i, i + MAX_CHARS).join(''));
  return out;
}

class CallTimeout extends Error {
  override name = 'CallTimeout';
}

type Outcome = { kind: 'answer'; result: unknown } | { kind: 'failed'; code: string };

function errcodeOf(result: unknown): number | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  const { errcode } = result as { errcode?: unknown };
  return typeof errcode === 'number' ? errcode : undefined;
}

export function createWechatContentCheck(options: WechatContentCheckOptions): ContentCheck {
  const { client, logger } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function call(apiName: string, requestData: Record<string, unknown>): Promise<Outcome> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const answer = await Promise.race([
        client.callWxOpenApi({ apiName, requestData }, { timeout: timeoutMs }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new CallTimeout()), timeoutMs);
        }),
      ]);
      return { kind: 'answer', result: answer.result };
    } catch (e) {
      const code =
        e instanceof CallTimeout
          ? 'timeout'
          : typeof (e as { code?: unknown } | null)?.code === 'string' ||
              typeof (e as { code?: unknown } | null)?.code === 'number'
            ? String((e as { code: string | number }).code)
            : 'network';
      return { kind: 'failed', code };
    } finally {
      clearTimeout(timer);
    }
  }

  function fail(api: string, code: string): ContentVerdict {
    logger?.warn({ api, code, meaning: KNOWN_CODES[code] ?? null }, 'content check failed closed');
    if (code === '61010') return STALE_VISIT;
    if (code === '87014') return RISKY;
    return UNAVAILABLE;
  }

  function bound(binding: ContentCheckBinding): ContentCheck {
    const { openid } = binding;
    const scene = WECHAT_SCENE[binding.scene];
    return {
      async checkText(text) {
        if (!text.trim()) return { ok: true };
        if (!openid) return NOT_SIGNED_IN;
        for (const content of chunks(text)) {
          const outcome = await call('/wxa/msg_sec_check', { content, version: 2, scene, openid });
          if (outcome.kind === 'failed') return fail('msg_sec_check', outcome.code);
          const errcode = errcodeOf(outcome.result);
          if (errcode !== 0) return fail('msg_sec_check', String(errcode ?? 'bad-answer'));
          const r = outcome.result as { result?: { suggest?: unknown; label?: unknown } };
          const suggest = r.result?.suggest;
          if (suggest === 'pass') continue;
          if (suggest === 'risky' || suggest === 'review') {
            logger?.info(
              { api: 'msg_sec_check', suggest, label: r.result?.label ?? null },
              'content held back',
            );
            return RISKY;
          }
          return fail('msg_sec_check', 'bad-answer');
        }
        return { ok: true };
      },

      async checkImage({ url }): Promise<ImageVerdict> {
        if (!openid) return NOT_SIGNED_IN;
        const outcome = await call('/wxa/media_check_async', {
          media_url: url,
          media_type: 2,
          version: 2,
          scene,
          openid,
        });
        if (outcome.kind === 'failed') return fail('media_check_async', outcome.code);
        const errcode = errcodeOf(outcome.result);
        if (errcode !== 0) return fail('media_check_async', String(errcode ?? 'bad-answer'));
        const traceId = (outcome.result as { trace_id?: unknown }).trace_id;
        if (typeof traceId === 'string' && traceId) return { ok: 'pending', traceId };
        return fail('media_check_async', 'bad-answer');
      },
    };
  }

  // Unbound, the check has no caller to ask WeChat about: it refuses (the runtime always binds).
  const unbound = bound({ openid: null, scene: 'comment' });
  return { ...unbound, forCall: bound };
}
