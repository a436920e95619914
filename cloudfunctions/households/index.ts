/** CloudBase entry of the `households` function (bundled by `npm run build:functions`). */
import { createCloudbaseMain } from '../platform/create-cloudbase-main';
import { createCloudbasePlatform } from '../platform/cloudbase-platform';
import { once, withTimerTask } from '../platform/cloudbase-timer';
import { readFunctionConfig } from '../platform/env';
import { sweepExpiredExports } from '../platform/runtime/one-time-exports';
import { householdsFunction } from './households-function';

const deps = once(() => createCloudbasePlatform(readFunctionConfig()));

/**
 * Calls go to the router; the `sweep-exports` timer (cloudbaserc.json, every 5 minutes) deletes
 * exports nobody claimed and handed-over copies a phone did not finish, so none outlives its
 * window by more than the timer's period even when no one exports again.
 */
export const main = withTimerTask(
  createCloudbaseMain(householdsFunction, deps),
  deps,
  async (d) => ({
    exportsRemoved: await sweepExpiredExports(d.store, d.files, d.clock, d.logger, 100),
  }),
);
