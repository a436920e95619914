import { callFailure } from '../../shared/src/envelope/call-failure';
import type { CallResult } from '../../shared/src/envelope/call-envelope';
import { pushInvocation } from '../platform/adapters/cloudbase/wechat-push-source';
import type { MediaCheckTarget } from '../platform/runtime/media-verdicts';
import { recordMediaVerdict } from '../platform/runtime/media-verdicts';
import type { PlatformDeps } from '../platform/runtime/platform-deps';
import { verdictOfPush, WxaMediaCheckPush } from './wxa-media-check-push';

export type PushEntry = (
  event: unknown,
  context?: unknown,
) => Promise<'success' | CallResult<never>>;

/**
 * The `mediaCheck` function: receives WeChat's `wxa_media_check` pushes (configured under
 * 云开发控制台 → 设置 → 其他设置 → 消息推送) and records each verdict on the upload that carries
 * its trace id. Anything that is not such a push from WeChat — a `callFunction` from the app, a
 * web-SDK user, another function — is refused without reading the event, so nobody can pass
 * their own photo by calling it. Answers `success` once a push is handled (also for a trace id it
 * does not know: nothing to do, and WeChat need not retry).
 */
export function createMediaCheckEntry(
  deps: PlatformDeps,
  targets: readonly MediaCheckTarget[],
): PushEntry {
  return async (event, context) => {
    const source = pushInvocation(context);
    if (!source.push) {
      deps.logger.warn(
        { fn: 'mediaCheck', source: source.source },
        'refused a call that is not a WeChat push',
      );
      return callFailure('FORBIDDEN');
    }
    const parsed = WxaMediaCheckPush.safeParse(event);
    if (!parsed.success) {
      deps.logger.warn(
        { fn: 'mediaCheck', issues: parsed.error.issues.map((i) => i.path.join('.')) },
        'not a wxa_media_check push',
      );
      return callFailure('VALIDATION_FAILED');
    }
    const verdict = verdictOfPush(parsed.data);
    try {
      const decided = await recordMediaVerdict(deps, targets, verdict);
      deps.logger.info(
        {
          fn: 'mediaCheck',
          traceId: verdict.traceId,
          outcome: verdict.outcome,
          reason: verdict.outcome === 'refused' ? verdict.reason : null,
          label: verdict.label,
          errcode: parsed.data.errcode,
          decided,
        },
        'media check verdict',
      );
      return 'success';
    } catch (e) {
      deps.logger.error(
        {
          fn: 'mediaCheck',
          traceId: verdict.traceId,
          error: e instanceof Error ? e.name : 'unknown',
        },
        'recording a media check verdict failed',
      );
      return callFailure('INTERNAL');
    }
  };
}
