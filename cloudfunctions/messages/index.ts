/** CloudBase entry of the `messages` function (bundled by `npm run build:functions`). */
import { createCloudbaseMain } from '../platform/create-cloudbase-main';
import { createCloudbasePlatform } from '../platform/cloudbase-platform';
import { once, withTimerTask } from '../platform/cloudbase-timer';
import { readFunctionConfig } from '../platform/env';
import { dailyDigestTimerTask } from './daily-digest';
import { messagesFunction } from './messages-function';

const deps = once(() => createCloudbasePlatform(readFunctionConfig()));

/**
 * Calls go to the router; the `daily-digest` timer (cloudbaserc.json, hourly) sends officials
 * their working-morning digest: the task itself waits for 08:00 China time on a working day and
 * sends once a day whatever zone the timer runs in, resuming where a timed-out run stopped.
 */
export const main = withTimerTask(
  createCloudbaseMain(messagesFunction, deps),
  deps,
  dailyDigestTimerTask,
);
