import { resolve } from 'node:path';
import { z } from 'zod';

/** The gateway's configuration: the only place that reads process.env. */
const GatewayEnv = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  DATA_DIR: z.string().default('./data'),
  H5_DIR: z.string().default('./client/dist/h5'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  /** Mutating calls per caller per minute. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** Reads per caller per minute (in memory); anonymous callers count by their address. */
  READ_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /**
   * Dev login (a token for any seeded persona, admin included): `auto` turns it on only when the
   * gateway listens on a loopback address; `on` forces it (refused on any other address); `off`.
   */
  DEV_LOGIN: z.enum(['on', 'off', 'auto']).default('auto'),
  /** Dev logins per client address per minute (load tests log in a few hundred villagers). */
  DEV_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Seconds between runs of the notice dispatcher (recording, not sending); 0 turns it off. */
  NOTICE_DISPATCH_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  /**
   * Seconds a caller's user record is answered from memory (0: read on every call). Every write
   * of a user record made through the functions empties it at once; see createCallerCache.
   */
  CALLER_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  /** Seed the 20k-household scale set (used by later features). */
  SEED_SCALE: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
});

export type DevLoginSetting = z.infer<typeof GatewayEnv>['DEV_LOGIN'];

export type GatewayConfig = {
  host: string;
  port: number;
  dataDir: string;
  h5Dir: string;
  logLevel: z.infer<typeof GatewayEnv>['LOG_LEVEL'];
  rateLimitPerMinute: number;
  readRateLimitPerMinute: number;
  devLogin: DevLoginSetting;
  devLoginPerMinute: number;
  seedScale: boolean;
  noticeDispatchSeconds: number;
  callerCacheMs: number;
};

export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const e = GatewayEnv.parse(env);
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: resolve(e.DATA_DIR),
    h5Dir: resolve(e.H5_DIR),
    logLevel: e.LOG_LEVEL,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    readRateLimitPerMinute: e.READ_RATE_LIMIT_PER_MINUTE,
    devLogin: e.DEV_LOGIN,
    devLoginPerMinute: e.DEV_LOGIN_PER_MINUTE,
    seedScale: e.SEED_SCALE,
    noticeDispatchSeconds: e.NOTICE_DISPATCH_SECONDS,
    callerCacheMs: e.CALLER_CACHE_SECONDS * 1000,
  };
}
