import type { SubscribeConfig } from '../env';
import type { Clock } from '../ports/clock';
import type { ContentCheck } from '../ports/content-check';
import type { Files } from '../ports/files';
import type { Identity } from '../ports/identity';
import type { Logger } from '../ports/logger';
import type { Notifier } from '../ports/notifier';
import type { Store } from '../ports/store';
import type { TextToSpeech } from '../ports/text-to-speech';
import type { DataKeys } from './sealed-value';
import type { RetryTimer } from './transaction-retry';

/** Everything a function needs from the outside world: ports plus a little configuration. */
export interface PlatformDeps {
  store: Store;
  files: Files;
  identity: Identity;
  contentCheck: ContentCheck;
  notifier: Notifier;
  clock: Clock;
  logger: Logger;
  dataKeys: DataKeys;
  /** The voice of 朗读 (the `speech` function); absent: 朗读 answers that it is not set up. */
  textToSpeech?: TextToSpeech;
  /** WeChat subscription message templates (absent: none configured). */
  subscribe?: SubscribeConfig;
  /** The steady timer transaction retries are measured with (default: the system's). */
  retryTimer?: RetryTimer;
  limits: {
    /** Mutating calls one caller may make per minute (all actions together). */
    mutationsPerMinute: number;
    /** Reads one caller may make per minute per instance (default 10 × mutationsPerMinute). */
    readsPerMinute?: number;
    /** How long an unfinished idempotency claim blocks retries before one may take it over (default 60 s). */
    idempotencyLeaseMs?: number;
    /**
     * The function's configured timeout (cloudbaserc.json `timeout`); transaction retries stop
     * well before it (default 10 s, for local mode which has none).
     */
    functionTimeoutMs?: number;
    /**
     * How long a warm instance may answer a caller's user record from memory (default 0: read it
     * every call). See `createCallerCache` for what may be stale and for how long.
     */
    callerCacheMs?: number;
  };
}
