import { createCloudbaseFiles } from './adapters/cloudbase/cloudbase-files';
import { createCloudbaseIdentity } from './adapters/cloudbase/cloudbase-identity';
import { openCloudbaseApp } from './adapters/cloudbase/cloudbase-app';
import type { CloudbaseConnection } from './adapters/cloudbase/cloudbase-app';
import { createCloudbaseStore } from './adapters/cloudbase/cloudbase-store';
import { createWechatContentCheck } from './adapters/cloudbase/wechat-content-check';
import { createTencentTextToSpeech } from './adapters/tencent/tencent-text-to-speech';
import type { FunctionConfig } from './env';
import { systemClock } from './ports/clock';
import { createConsoleLogger } from './ports/logger';
import { withCachedCollections } from './runtime/cached-collections';
import { createOutboxNotifier } from './runtime/outbox-notifier';
import { orgUnitsCollection } from './runtime/platform-collections';
import type { PlatformDeps } from './runtime/platform-deps';
import { parseDataKeys } from './runtime/sealed-value';

/**
 * Production wiring: every port on CloudBase. Built once per function instance (cold start) and
 * reused by every call the instance serves.
 */
export function createCloudbasePlatform(
  config: FunctionConfig,
  connection: Partial<CloudbaseConnection> = {},
): PlatformDeps {
  const conn: CloudbaseConnection = {
    env: config.envId,
    ...(config.serviceUrl ? { serviceUrl: config.serviceUrl } : {}),
    ...connection,
  };
  const app = openCloudbaseApp(conn);
  // Org units are read by most calls and change only by deploy: a warm instance keeps them.
  const store = config.orgUnitCacheMs
    ? withCachedCollections(createCloudbaseStore(conn), [
        { def: orgUnitsCollection, ttlMs: config.orgUnitCacheMs },
      ])
    : createCloudbaseStore(conn);
  const logger = createConsoleLogger();
  return {
    store,
    files: createCloudbaseFiles({ client: app, imageThumbnails: config.imageThumbnails }),
    identity: createCloudbaseIdentity(),
    // v2 only: the runtime binds it to each call's caller openid and the function's scene.
    contentCheck: createWechatContentCheck({ client: app, logger }),
    notifier: createOutboxNotifier(store, systemClock),
    clock: systemClock,
    logger,
    dataKeys: parseDataKeys(config.dataEncryptionKey, config.dataHashKey),
    ...(config.subscribe ? { subscribe: config.subscribe } : {}),
    ...(config.speech ? { textToSpeech: createTencentTextToSpeech(config.speech) } : {}),
    limits: {
      mutationsPerMinute: config.rateLimitPerMinute,
      readsPerMinute: config.readRateLimitPerMinute,
      functionTimeoutMs: config.functionTimeoutMs,
      ...(config.callerCacheMs ? { callerCacheMs: config.callerCacheMs } : {}),
    },
  };
}
