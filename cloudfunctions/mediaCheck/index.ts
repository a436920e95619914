/** CloudBase entry of the `mediaCheck` function (bundled by `npm run build:functions`). */
import { createCloudbasePlatform } from '../platform/cloudbase-platform';
import { readFunctionConfig } from '../platform/env';
import type { PushEntry } from './media-check-entry';
import { createMediaCheckEntry } from './media-check-entry';
import { MEDIA_CHECK_TARGETS } from './media-check-targets';

let entry: PushEntry | null = null;

/** Ports are built on the first push an instance serves; a configuration error is logged, not a crash loop. */
export const main: PushEntry = async (event, context) => {
  if (!entry) {
    try {
      entry = createMediaCheckEntry(
        createCloudbasePlatform(readFunctionConfig()),
        MEDIA_CHECK_TARGETS,
      );
    } catch (e) {
      console.error(
        JSON.stringify({
          level: 'error',
          fn: 'mediaCheck',
          msg: 'function is misconfigured',
          detail: e instanceof Error ? e.message : String(e),
        }),
      );
      return { ok: false, error: { code: 'INTERNAL', message: '系统出了点问题，请稍后再试。' } };
    }
  }
  return entry(event, context);
};
