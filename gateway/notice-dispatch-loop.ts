import { sendDailyDigests } from '../cloudfunctions/messages/daily-digest';
import { dispatchOutbox } from '../cloudfunctions/notifyDispatch/dispatch-outbox';
import type { DispatchResult } from '../cloudfunctions/notifyDispatch/dispatch-outbox';
import type { LocalPlatform } from '../cloudfunctions/platform/local-platform';
import { LOCAL_SUBSCRIBE } from '../cloudfunctions/platform/local-platform';
import type { Logger } from '../cloudfunctions/platform/ports/logger';
import type { SubscriptionSender } from '../cloudfunctions/platform/ports/subscription-sender';
import { createRecordingSender } from '../cloudfunctions/platform/ports/subscription-sender';

/**
 * Local mode's stand-in for the `notifyDispatch` and `messages` timers: the same dispatcher every
 * `everyMs` (then the officials' daily digest, which does nothing once the day's is out),
 * with a sender that sends nothing and logs what it would have sent (template, page, fields;
 * never the openid). Runs never overlap. Returns a stop function.
 */
export function startNoticeDispatchLoop(options: {
  platform: LocalPlatform;
  logger: Logger;
  everyMs: number;
  sender?: SubscriptionSender;
  onRun?: (r: DispatchResult) => void;
}): { stop(): void; sender: SubscriptionSender } {
  const { platform, logger, everyMs } = options;
  const sender =
    options.sender ??
    createRecordingSender((m) =>
      logger.info(
        { template: m.template_id, page: m.page, data: m.data, state: m.miniprogram_state },
        'subscription message (local: recorded, not sent)',
      ),
    );
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    dispatchOutbox({
      store: platform.deps.store,
      clock: platform.deps.clock,
      logger,
      sender,
      subscribe: platform.deps.subscribe ?? LOCAL_SUBSCRIBE,
    })
      .then(async (r) => {
        if (r.sent + r.failed + r.skipped + r.retrying > 0)
          logger.info({ ...r }, 'notices dispatched');
        options.onRun?.(r);
        await sendDailyDigests({
          store: platform.deps.store,
          clock: platform.deps.clock,
          logger,
        });
      })
      .catch((e: unknown) =>
        logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'notice dispatch failed'),
      )
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer), sender };
}
