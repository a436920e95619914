import type { SubscribeConfig } from './env';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDiskFiles } from './adapters/local/disk-files';
import type { DiskFiles } from './adapters/local/disk-files';
import { createDevTokenIdentity } from './adapters/local/dev-token';
import { createWordListContentCheck } from './adapters/local/word-list-content-check';
import { createEspeakTextToSpeech } from './adapters/local/espeak-text-to-speech';
import type { TextToSpeech } from './ports/text-to-speech';
import { openSqliteStore } from './adapters/sqlite/sqlite-store';
import type { SqliteStore } from './adapters/sqlite/sqlite-store';
import type { Clock } from './ports/clock';
import { offsetClock, systemClock } from './ports/clock';
import type { Logger } from './ports/logger';
import type { FaultInjectionConfig } from './fault-injection/env';
import { readFaultInjectionEnv } from './fault-injection/env';
import { withFaultInjection } from './runtime/fault-injecting-store';
import { createOutboxNotifier } from './runtime/outbox-notifier';
import { PLATFORM_COLLECTIONS } from './runtime/platform-collections';
import type { PlatformDeps } from './runtime/platform-deps';
import { generateDataKeys, parseDataKeys } from './runtime/sealed-value';
import { seedOrgUnits } from './seed/seed-org-units';

interface LocalSecrets {
  tokenSecret: string;
  encryptionKey: string;
  hashKey: string;
}

/** Secrets for local mode live in the data folder (created on first start, git-ignored). */
function loadOrCreateSecrets(dataDir: string): LocalSecrets {
  const file = join(dataDir, 'local-secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets;
  const keys = generateDataKeys();
  const secrets: LocalSecrets = {
    tokenSecret: generateDataKeys().hashKey,
    encryptionKey: keys.encryptionKey,
    hashKey: keys.hashKey,
  };
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

/** Local mode's stand-in template ids: nothing reaches WeChat, the gateway records the sends. */
export const LOCAL_SUBSCRIBE: SubscribeConfig = {
  templates: { progress: 'local-progress-template', training: 'local-training-template' },
  miniprogramState: 'developer',
};

export interface LocalPlatform {
  deps: PlatformDeps;
  store: SqliteStore;
  tokenSecret: Buffer;
  dataDir: string;
  uploadsDir: string;
  /** The Files port's disk adapter (also `deps.files`): the gateway writes direct uploads through it. */
  diskFiles: DiskFiles;
  /** The clock every function sees; `POST /api/dev/clock` (dev-login only) moves it by whole days. */
  devClock: ReturnType<typeof offsetClock>;
}

/** The embedded default: SQLite in DATA_DIR, files on disk, dev-login tokens, a word-list check. */
export async function openLocalPlatform(options: {
  dataDir: string;
  logger: Logger;
  clock?: Clock;
  mutationsPerMinute: number;
  /** Reads per caller per minute (default 10 × mutationsPerMinute). */
  readsPerMinute?: number;
  /** Crash-proof knobs; read from FAULT_* / IDEMPOTENCY_LEASE_MS (fault-injection/env.ts) when absent. */
  faultInjection?: FaultInjectionConfig;
  /** Subscription message templates (default: stand-in ids, so consent can be recorded locally). */
  subscribe?: SubscribeConfig;
  /** The voice of 朗读 (default: espeak-ng's Mandarin voice). */
  textToSpeech?: TextToSpeech;
  /** How long callers' user records are kept in memory (default 0: read every call). */
  callerCacheMs?: number;
}): Promise<LocalPlatform> {
  mkdirSync(options.dataDir, { recursive: true });
  const secrets = loadOrCreateSecrets(options.dataDir);
  const clock = offsetClock(options.clock ?? systemClock);
  const store = openSqliteStore({ file: join(options.dataDir, 'palm-village.db') });
  await store.ensureCollections(PLATFORM_COLLECTIONS);
  await seedOrgUnits(store);
  const tokenSecret = Buffer.from(secrets.tokenSecret, 'base64');
  const uploadsDir = join(options.dataDir, 'uploads');
  const knobs = options.faultInjection ?? readFaultInjectionEnv();
  const diskFiles = createDiskFiles(uploadsDir, tokenSecret);
  const portStore = knobs.faults ? withFaultInjection(store, knobs.faults) : store;
  return {
    store,
    tokenSecret,
    dataDir: options.dataDir,
    uploadsDir,
    diskFiles,
    devClock: clock,
    deps: {
      store: portStore,
      files: diskFiles,
      identity: createDevTokenIdentity(tokenSecret, store, clock),
      contentCheck: createWordListContentCheck(),
      notifier: createOutboxNotifier(portStore, clock),
      clock,
      logger: options.logger,
      dataKeys: parseDataKeys(secrets.encryptionKey, secrets.hashKey),
      subscribe: options.subscribe ?? LOCAL_SUBSCRIBE,
      textToSpeech: options.textToSpeech ?? createEspeakTextToSpeech(),
      limits: {
        mutationsPerMinute: options.mutationsPerMinute,
        ...(options.readsPerMinute !== undefined ? { readsPerMinute: options.readsPerMinute } : {}),
        ...(knobs.idempotencyLeaseMs !== undefined
          ? { idempotencyLeaseMs: knobs.idempotencyLeaseMs }
          : {}),
        ...(options.callerCacheMs ? { callerCacheMs: options.callerCacheMs } : {}),
      },
    },
  };
}
