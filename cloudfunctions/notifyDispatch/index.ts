/** CloudBase entry of the `notifyDispatch` function (bundled by `npm run build:functions`). */
import { createWechatSubscribeMessage } from '../platform/adapters/cloudbase/wechat-subscribe-message';
import { openCloudbaseApp } from '../platform/adapters/cloudbase/cloudbase-app';
import { createCloudbaseMain } from '../platform/create-cloudbase-main';
import { createCloudbasePlatform } from '../platform/cloudbase-platform';
import { once, withTimerTask } from '../platform/cloudbase-timer';
import { readFunctionConfig } from '../platform/env';
import { dispatchOutbox } from './dispatch-outbox';
import { notifyDispatchFunction } from './notify-dispatch-function';

const config = once(() => readFunctionConfig());
const deps = once(() => createCloudbasePlatform(config()));
const sender = once(() => {
  const c = config();
  return createWechatSubscribeMessage({
    client: openCloudbaseApp({
      env: c.envId,
      ...(c.serviceUrl ? { serviceUrl: c.serviceUrl } : {}),
    }),
    logger: deps().logger,
  });
});

/**
 * Calls go to the router (the client's consent answers); the `dispatch-notices` timer
 * (cloudbaserc.json, every minute) sends the outbox's queued notices as subscription messages.
 */
export const main = withTimerTask(
  createCloudbaseMain(notifyDispatchFunction, deps),
  deps,
  async (d) => {
    const r = await dispatchOutbox(
      {
        store: d.store,
        clock: d.clock,
        logger: d.logger,
        sender: sender(),
        subscribe: d.subscribe ?? { templates: {}, miniprogramState: 'formal' },
      },
      {
        // One WeChat call may take 5 s: start none later than 15 s before the function's timeout.
        budgetMs: Math.max(5_000, (d.limits.functionTimeoutMs ?? 60_000) - 15_000),
      },
    );
    return { ...r };
  },
);
