import type { ContentCheck, ContentVerdict, ImageVerdict } from '../../ports/content-check';

/**
 * ContentCheck on WeChat `msgSecCheck` (security.msgSecCheck), called through CloudBase's
 * open-API bridge: `app.callWxOpenApi({ apiName: '/wxa/msg_sec_check', requestData })`, which the
 * SDK sends as action `wx.api` and answers with `{ result: <WeChat JSON> }`. Only works in an
 * environment bound to the mini-program.
 *
 * Version 2 (needs the caller's OPENID, who must have opened the mini-program within 2 hours)
 * answers `result.suggest` = pass | review | risky; without an OPENID the legacy version 1 is
 * used (errcode 87014 = risky). Anything else — network error, unexpected answer, an errcode —
 * fails CLOSED: the text is held back with a "try again" reason rather than published unchecked.
 */
export interface WxOpenApiClient {
  callWxOpenApi(o: { apiName: string; requestData: Record<string, unknown> }): Promise<{
    result?: unknown;
  }>;
}

export interface WechatContentCheckOptions {
  client: WxOpenApiClient;
  /** The caller's OPENID (from the Identity port), enabling version 2. */
  openid?: string;
  /** msgSecCheck v2 scene: 1 profile, 2 comment, 3 forum, 4 social log. Default 2. */
  scene?: 1 | 2 | 3 | 4;
}

/** WeChat's per-call limit is 2500 characters; longer text is checked in pieces. */
const MAX_CHARS = 2500;
const RISKY: ContentVerdict = { ok: false, reason: '内容可能含有不当信息，请修改后再提交' };
const UNAVAILABLE: ContentVerdict = { ok: false, reason: '内容安全检查暂时不可用，请稍后再试' };

function chunks(text: string): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += MAX_CHARS)
    out.push(chars.slice(i, i + MAX_CHARS).join(''));
  return out;
}

function verdictOf(result: unknown, v2: boolean): ContentVerdict {
  if (typeof result !== 'object' || result === null) return UNAVAILABLE;
  const r = result as { errcode?: unknown; result?: { suggest?: unknown } };
  if (r.errcode === 87014) return RISKY;
  if (r.errcode !== 0 && r.errcode !== undefined) return UNAVAILABLE;
  if (!v2) return r.errcode === 0 ? { ok: true } : UNAVAILABLE;
  const suggest = r.result?.suggest;
  if (suggest === 'pass') return { ok: true };
  if (suggest === 'risky' || suggest === 'review') return RISKY;
  return UNAVAILABLE;
}

export function createWechatContentCheck(options: WechatContentCheckOptions): ContentCheck {
  const { client, openid } = options;
  const scene = options.scene ?? 2;
  return {
    async checkText(text: string): Promise<ContentVerdict> {
      if (!text.trim()) return { ok: true };
      for (const content of chunks(text)) {
        const requestData: Record<string, unknown> = openid
          ? { content, version: 2, scene, openid }
          : { content };
        let verdict: ContentVerdict;
        try {
          const { result } = await client.callWxOpenApi({
            apiName: '/wxa/msg_sec_check',
            requestData,
          });
          verdict = verdictOf(result, Boolean(openid));
        } catch {
          verdict = UNAVAILABLE;
        }
        if (!verdict.ok) return verdict;
      }
      return { ok: true };
    },

    /**
     * `/wxa/media_check_async` (security.mediaCheckAsync): WeChat fetches `media_url` itself and
     * answers at once with `{ errcode: 0, trace_id }`; the verdict comes later as a push. Anything
     * but a trace id fails closed, like text.
     */
    async checkImage({ url }): Promise<ImageVerdict> {
      const requestData: Record<string, unknown> = openid
        ? { media_url: url, media_type: 2, version: 2, scene, openid }
        : { media_url: url, media_type: 2 };
      try {
        const { result } = await client.callWxOpenApi({
          apiName: '/wxa/media_check_async',
          requestData,
        });
        const r = (result ?? {}) as { errcode?: unknown; trace_id?: unknown };
        if (r.errcode === 87014) return RISKY;
        if ((r.errcode === 0 || r.errcode === undefined) && typeof r.trace_id === 'string') {
          return { ok: 'pending', traceId: r.trace_id };
        }
        return UNAVAILABLE;
      } catch {
        return UNAVAILABLE;
      }
    },
  };
}
