import { z } from 'zod';
import type { MediaVerdict } from '../platform/runtime/media-verdicts';

/**
 * WeChat's `wxa_media_check` push, the verdict of a `media_check_async` (version 2) request, as
 * a cloud function configured under 消息推送 receives it: the JSON message itself as the event.
 *
 * ```json
 * { "ToUserName": "gh_38cc49f9733b", "FromUserName": "oH1fu0FdHqpToe2T6gBj0WyB8iS1",
 *   "CreateTime": 1626959646, "MsgType": "event", "Event": "wxa_media_check",
 *   "appid": "wx8f16a5e5dexxxxxx", "trace_id": "60f96f1d-3845297a-1976a3ae", "version": 2,
 *   "detail": [{ "strategy": "content_model", "errcode": 0, "suggest": "pass", "label": 100, "prob": 90 }],
 *   "errcode": 0, "errmsg": "ok", "result": { "suggest": "pass", "label": 100 } }
 * ```
 */
export const WxaMediaCheckPush = z.object({
  ToUserName: z.string(),
  FromUserName: z.string(),
  CreateTime: z.number(),
  MsgType: z.literal('event'),
  Event: z.literal('wxa_media_check'),
  appid: z.string(),
  trace_id: z.string().min(1).max(128),
  version: z.number(),
  detail: z
    .array(
      z.looseObject({
        strategy: z.string().optional(),
        errcode: z.number().optional(),
        suggest: z.string().optional(),
        label: z.number().optional(),
      }),
    )
    .optional(),
  errcode: z.number(),
  errmsg: z.string().optional(),
  result: z.object({ suggest: z.enum(['pass', 'review', 'risky']), label: z.number() }).optional(),
});
export type WxaMediaCheckPush = z.infer<typeof WxaMediaCheckPush>;

/**
 * `pass` passes; `risky` and `review` (WeChat unsure, suggests a human look) are refused; a push
 * reporting that the check itself failed (errcode ≠ 0, e.g. WeChat could not fetch the image)
 * or carrying no result is refused too: the photo never went through the check.
 */
export function verdictOfPush(push: WxaMediaCheckPush): MediaVerdict {
  const traceId = push.trace_id;
  if (push.errcode !== 0 || !push.result)
    return { traceId, outcome: 'refused', reason: 'check_failed', label: null };
  const { suggest, label } = push.result;
  if (suggest === 'pass') return { traceId, outcome: 'passed', label };
  return { traceId, outcome: 'refused', reason: suggest, label };
}
