import { z } from 'zod';
import type { SubscriptionKind } from '../../shared/src/notifications/subscription-templates';
import type {
  TencentCredentials,
  TencentSpeechConfig,
} from './adapters/tencent/tencent-text-to-speech';

/**
 * Configuration of a deployed cloud function: the only place function code reads process.env.
 * CloudBase supplies the environment id and temporary credentials itself; the data keys are
 * set per function in cloudbaserc.json from the deployer's (uncommitted) .env file.
 */
const TemplateId = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{10,64}$/, 'a subscription template id is letters, digits, - and _')
      .optional(),
  )
  .optional();

const FunctionEnv = z.object({
  /** The CloudBase environment id; inside a function CloudBase sets TCB_ENV / SCF_NAMESPACE. */
  TCB_ENV: z.string().optional(),
  SCF_NAMESPACE: z.string().optional(),
  DATA_ENCRYPTION_KEY: z.string().min(40, 'DATA_ENCRYPTION_KEY (32 bytes, base64) is not set'),
  DATA_HASH_KEY: z.string().min(20, 'DATA_HASH_KEY (base64) is not set'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** Reads per caller per minute, per function instance (in memory). */
  READ_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** `on` once the environment has image processing (数据万象): lists get smaller renditions. */
  IMAGE_THUMBNAILS: z.enum(['on', 'off']).default('off'),
  /**
   * The function's `timeout` in cloudbaserc.json, in seconds (set beside it there; a test keeps
   * the two equal). Transaction retries stop well before it. CloudBase's default is 3 s.
   */
  FUNCTION_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(900).default(3),
  /**
   * How long a warm instance answers a caller's user record from memory (0: every call reads
   * it). A role taken away in another instance holds in this one for at most this long.
   */
  CALLER_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  /** How long a warm instance answers org units from memory (they change only by deploy). */
  ORG_UNIT_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(300),
  /** Optional API endpoint override (private network access; the bench's local fake server). */
  TCB_SERVICE_URL: z.string().url().optional(),
  /**
   * Subscription message template ids (WeChat console → 订阅消息), one per kind of notice
   * (shared/src/notifications/subscription-templates.ts). Unset: notices of that kind are
   * skipped by the dispatcher (the in-app 消息 is written anyway).
   */
  SUBSCRIBE_TEMPLATE_PROGRESS: TemplateId,
  SUBSCRIBE_TEMPLATE_TRAINING: TemplateId,
  /** Which version of the mini-program a message opens: formal (正式版), trial, developer. */
  SUBSCRIBE_MINIPROGRAM_STATE: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.enum(['formal', 'trial', 'developer']).default('formal'),
  ),
});

export interface FunctionConfig {
  envId: string;
  dataEncryptionKey: string;
  dataHashKey: string;
  rateLimitPerMinute: number;
  readRateLimitPerMinute: number;
  imageThumbnails: boolean;
  functionTimeoutMs: number;
  /** Caller records kept by a warm instance (absent: none). */
  callerCacheMs?: number;
  /** Org units kept by a warm instance (absent: none). */
  orgUnitCacheMs?: number;
  serviceUrl?: string;
  /** Subscription messages (read by readFunctionConfig; absent means none configured). */
  subscribe?: SubscribeConfig;
  /** Tencent Cloud speech synthesis (朗读); null or absent without credentials. */
  speech?: TencentSpeechConfig | null;
}

export interface SubscribeConfig {
  /** Template id by kind; a kind without one is not sent. */
  templates: Partial<Record<SubscriptionKind, string>>;
  miniprogramState: 'formal' | 'trial' | 'developer';
}

export function readFunctionConfig(env: NodeJS.ProcessEnv = process.env): FunctionConfig {
  const e = FunctionEnv.parse(env);
  const envId = e.TCB_ENV ?? e.SCF_NAMESPACE;
  if (!envId) throw new Error('TCB_ENV (or SCF_NAMESPACE) is not set');
  return {
    envId,
    dataEncryptionKey: e.DATA_ENCRYPTION_KEY,
    dataHashKey: e.DATA_HASH_KEY,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    readRateLimitPerMinute: e.READ_RATE_LIMIT_PER_MINUTE,
    imageThumbnails: e.IMAGE_THUMBNAILS === 'on',
    functionTimeoutMs: e.FUNCTION_TIMEOUT_SECONDS * 1000,
    callerCacheMs: e.CALLER_CACHE_SECONDS * 1000,
    orgUnitCacheMs: e.ORG_UNIT_CACHE_SECONDS * 1000,
    ...(e.TCB_SERVICE_URL ? { serviceUrl: e.TCB_SERVICE_URL } : {}),
    subscribe: readSubscribeConfig(env),
    speech: readSpeechConfig(env),
  };
}

/**
 * The subscription message settings alone (the local gateway reads these too, without the
 * cloud function's keys). Throws on a malformed template id: a typo must not pass silently.
 */
export function readSubscribeConfig(env: NodeJS.ProcessEnv = process.env): SubscribeConfig {
  const e = FunctionEnv.pick({
    SUBSCRIBE_TEMPLATE_PROGRESS: true,
    SUBSCRIBE_TEMPLATE_TRAINING: true,
    SUBSCRIBE_MINIPROGRAM_STATE: true,
  }).parse(env);
  const templates: Partial<Record<SubscriptionKind, string>> = {};
  if (e.SUBSCRIBE_TEMPLATE_PROGRESS) templates.progress = e.SUBSCRIBE_TEMPLATE_PROGRESS;
  if (e.SUBSCRIBE_TEMPLATE_TRAINING) templates.training = e.SUBSCRIBE_TEMPLATE_TRAINING;
  return { templates, miniprogramState: e.SUBSCRIBE_MINIPROGRAM_STATE };
}

const blankAsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const SpeechEnv = z.object({
  /** A cloud function's temporary credentials (SCF sets these three for the function's role). */
  TENCENTCLOUD_SECRETID: z.preprocess(blankAsUnset, z.string().optional()),
  TENCENTCLOUD_SECRETKEY: z.preprocess(blankAsUnset, z.string().optional()),
  TENCENTCLOUD_SESSIONTOKEN: z.preprocess(blankAsUnset, z.string().optional()),
  /** Where speech synthesis runs (TextToVoice's X-TC-Region). */
  TTS_REGION: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^[a-z]+-[a-z-]+$/)
      .default('ap-guangzhou'),
  ),
  /** The voice (音色 ID) from Tencent Cloud's list. */
  TTS_VOICE_TYPE: z.preprocess(blankAsUnset, z.coerce.number().int().min(0).default(101001)),
  /** -2 … 6; -1 is 0.8× speed. */
  TTS_SPEED: z.preprocess(blankAsUnset, z.coerce.number().min(-2).max(6).default(-1)),
  /** Endpoint override (a private network address; the tests' fake). */
  TTS_ENDPOINT: z.preprocess(blankAsUnset, z.string().url().optional()),
});

const CredentialsEnv = SpeechEnv.pick({
  TENCENTCLOUD_SECRETID: true,
  TENCENTCLOUD_SECRETKEY: true,
  TENCENTCLOUD_SESSIONTOKEN: true,
});

/** The function role's keys as they are in the environment now (null when not set). */
export function readTencentCredentials(
  env: NodeJS.ProcessEnv = process.env,
): TencentCredentials | null {
  const e = CredentialsEnv.parse(env);
  if (!e.TENCENTCLOUD_SECRETID || !e.TENCENTCLOUD_SECRETKEY) return null;
  return {
    secretId: e.TENCENTCLOUD_SECRETID,
    secretKey: e.TENCENTCLOUD_SECRETKEY,
    ...(e.TENCENTCLOUD_SESSIONTOKEN ? { sessionToken: e.TENCENTCLOUD_SESSIONTOKEN } : {}),
  };
}

/**
 * Tencent Cloud speech synthesis for the `speech` function, or null when no credentials are
 * set (then 朗读 answers that the service is not set up, never silence).
 */
export function readSpeechConfig(env: NodeJS.ProcessEnv = process.env): TencentSpeechConfig | null {
  const e = SpeechEnv.parse(env);
  if (!readTencentCredentials(env)) return null;
  return {
    // Read again on every request: SCF's role keys are temporary (its built-in
    // TENCENTCLOUD_SECRETID / SECRETKEY / SESSIONTOKEN) and may be renewed in a warm instance.
    credentials: () => readTencentCredentials(env),
    region: e.TTS_REGION,
    voiceType: e.TTS_VOICE_TYPE,
    speed: e.TTS_SPEED,
    ...(e.TTS_ENDPOINT ? { endpoint: e.TTS_ENDPOINT } : {}),
  };
}
