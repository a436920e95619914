/** CloudBase entry of the `speech` function (朗读; bundled by `npm run build:functions`). */
import { createCloudbaseMain } from '../platform/create-cloudbase-main';
import { createCloudbasePlatform } from '../platform/cloudbase-platform';
import { once, withTimerTask } from '../platform/cloudbase-timer';
import { readFunctionConfig } from '../platform/env';
import { sweepExpiredClips } from './speech-clips';
import { speechFunction } from './speech-function';

const deps = once(() => createCloudbasePlatform(readFunctionConfig()));

/**
 * Calls go to the router; the `sweep-clips` timer (cloudbaserc.json, hourly) deletes clips past
 * their time (a caller's own text after a day) even when nobody asks for a new clip.
 */
export const main = withTimerTask(createCloudbaseMain(speechFunction, deps), deps, async (d) => ({
  clipsRemoved: await sweepExpiredClips(d.store, d.files, d.clock, d.logger, 100),
}));
