import { openLocalPlatform } from '../cloudfunctions/platform/local-platform';
import { seedDemoData } from '../cloudfunctions/seed-demo-data';
import { createGateway } from './create-gateway';
import { decideDevLogin } from './dev-login-gate';
import { readGatewayConfig } from './env';
import { createGatewayLogger, toPortLogger } from './gateway-logger';
import { startNoticeDispatchLoop } from './notice-dispatch-loop';

/** `npm start`: the embedded default — SQLite in DATA_DIR, dev-login on loopback, the h5 build if present. */
async function main() {
  const config = readGatewayConfig();
  const devLogin = decideDevLogin(config.devLogin, config.host);
  if ('refuse' in devLogin) {
    console.error(`gateway refused to start: ${devLogin.refuse}`);
    process.exit(2);
  }
  const log = createGatewayLogger(config.logLevel);
  const platform = await openLocalPlatform({
    dataDir: config.dataDir,
    logger: toPortLogger(log),
    mutationsPerMinute: config.rateLimitPerMinute,
    readsPerMinute: config.readRateLimitPerMinute,
    callerCacheMs: config.callerCacheMs,
  });
  const seeded = await seedDemoData(
    platform.store,
    platform.deps.dataKeys,
    platform.deps.clock,
    platform.deps.files,
    {
      scale: config.seedScale,
      riskReports: true,
    },
  );
  log.info({ seeded }, 'demo data ready');
  const app = await createGateway({
    platform,
    logger: log,
    h5Dir: config.h5Dir,
    devLogin: devLogin.enabled,
    devLoginPerMinute: config.devLoginPerMinute,
  });
  await app.listen({ host: config.host, port: config.port });
  log.info(
    { dataDir: config.dataDir, h5: config.h5Dir, devLogin: devLogin.enabled },
    `掌上智慧村 gateway on http://${config.host}:${config.port}`,
  );

  // The notifyDispatch timer's local stand-in: records the subscription messages it would send.
  const dispatcher =
    config.noticeDispatchSeconds > 0
      ? startNoticeDispatchLoop({
          platform,
          logger: toPortLogger(log),
          everyMs: config.noticeDispatchSeconds * 1000,
        })
      : null;

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    dispatcher?.stop();
    app
      .close()
      .then(() => platform.store.close())
      .then(() => process.exit(0))
      .catch((e: unknown) => {
        log.error({ err: String(e) }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error('gateway failed to start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
