import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_COLLECTIONS } from '../cloudfunctions/collection-registry';
import { createCloudbaseStore } from '../cloudfunctions/platform/adapters/cloudbase/cloudbase-store';
import { startFakeCloudbaseServer } from '../cloudfunctions/platform/adapters/cloudbase/test-support/fake-cloudbase-server';
import { createDiskFiles } from '../cloudfunctions/platform/adapters/local/disk-files';
import { startFakeTextToVoice } from '../cloudfunctions/platform/adapters/tencent/test-support/fake-text-to-voice';
import { LOCAL_SUBSCRIBE } from '../cloudfunctions/platform/local-platform';
import { systemClock } from '../cloudfunctions/platform/ports/clock';
import { parseDataKeys } from '../cloudfunctions/platform/runtime/sealed-value';
import { seedOrgUnits } from '../cloudfunctions/platform/seed/seed-org-units';
import { seedDemoData } from '../cloudfunctions/seed-demo-data';
import { ACTIONS } from '../proof/support/action-catalog';
import type { ActionEntry } from '../proof/support/action-catalog';
import { callerOf, validCallFor } from '../proof/valid-payloads';
import type { BenchSection } from './bench-report';
import { printSection } from './bench-report';
import { bundleDriver } from './bundle-driver';
import { configureBundleEnv, skipCloudMetadataProbe } from './env';
import { ensureBuilt } from './function-bundles';

/** The simulated network round trip between a function and CloudBase's database. */
const ROUND_TRIP_MS = 20;
const READ_BUDGET = 3;
const MUTATION_BUDGET = 7;
/** Reads are timed this many times (the first one may be the caller's first call). */
const READ_SAMPLES = 3;

/**
 * Actions the bench cannot exercise, and why. Everything else runs through its real bundle →
 * @cloudbase/node-sdk → the CloudBase emulator with the row of proof/valid-payloads.ts.
 */
const NOT_EXERCISED: Record<string, string> = {
  'exhibits.uploadImage': 'needs a photo written by the phone straight to CloudBase storage',
  'risk.uploadPhoto': 'needs a photo written by the phone straight to CloudBase storage',
  'claims.uploadPhoto': 'needs a photo written by the phone straight to CloudBase storage',
};

/** WeChat's answer when content passes: msgSecCheck v2 `pass`, mediaCheckAsync accepted. */
function wechatPasses(apiName: string): Record<string, unknown> {
  if (apiName.endsWith('msg_sec_check'))
    return { errcode: 0, errmsg: 'ok', result: { suggest: 'pass', label: 100 }, trace_id: 'bench' };
  return { errcode: 0, errmsg: 'ok', trace_id: 'bench' };
}

/** Only the database's requests are round trips to the database (not WeChat's cloud calls). */
const isDatabase = (r: { action: string }) => r.action.startsWith('database.');

export interface TripRow {
  key: string;
  kind: 'read' | 'mutation';
  as: string;
  /** Database requests of the measured call (the last of a read's samples). */
  trips: number | null;
  /** Database requests of the first call (the caller possibly not cached yet). */
  firstTrips: number | null;
  p50Ms: number | null;
  budget: number;
  code: string;
  /** Lists: requests with limit 1 and limit 20, and how many items each answered. */
  nPlusOne?: { one: number; twenty: number; items: [number, number] };
  note?: string;
  /** The measured call's requests in order (`action collection`), for latest.json. */
  requests?: string[];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? NaN;
}

function itemsOf(data: unknown): number | null {
  const items = (data as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items.length : null;
}

/** Whether the action's input has a numeric `limit` (a list the N+1 check can page). */
function takesLimit(entry: ActionEntry, payload: Record<string, unknown>): boolean {
  const input = entry.contract.input;
  return (
    input.safeParse({ ...payload, limit: 1 }).success &&
    !input.safeParse({ ...payload, limit: 'many' }).success
  );
}

/** Every action's database round trips through the bundles on the CloudBase emulator. */
export async function run(): Promise<BenchSection> {
  const problem = ensureBuilt();
  if (problem) return { name: 'round trips per action', lines: [problem], data: { problem } };
  skipCloudMetadataProbe();
  const fake = await startFakeCloudbaseServer({ answerWxApi: wechatPasses });
  // 朗读 rows synthesize through Tencent's TextToVoice: here its stand-in, never the real
  // tts.tencentcloudapi.com with the bench's made-up keys.
  const tts = await startFakeTextToVoice({ secretId: 'bench-id', secretKey: 'bench-key' });
  const encryptionKey = randomBytes(32).toString('base64');
  const hashKey = randomBytes(32).toString('base64');
  const keys = parseDataKeys(encryptionKey, hashKey);
  configureBundleEnv({
    TCB_ENV: 'bench-trips',
    TCB_SERVICE_URL: fake.url,
    TENCENTCLOUD_SECRETID: 'bench-id',
    TENCENTCLOUD_SECRETKEY: 'bench-key',
    TTS_ENDPOINT: tts.endpoint,
    DATA_ENCRYPTION_KEY: encryptionKey,
    DATA_HASH_KEY: hashKey,
    RATE_LIMIT_PER_MINUTE: '1000000',
    READ_RATE_LIMIT_PER_MINUTE: '1000000',
    FUNCTION_TIMEOUT_SECONDS: '60',
    // The template ids the proofs' payloads name (local mode's stand-ins).
    SUBSCRIBE_TEMPLATE_PROGRESS: LOCAL_SUBSCRIBE.templates.progress ?? '',
    SUBSCRIBE_TEMPLATE_TRAINING: LOCAL_SUBSCRIBE.templates.training ?? '',
  });
  const store = createCloudbaseStore({
    env: 'bench-trips',
    secretId: 'bench-id',
    secretKey: 'bench-key',
    serviceUrl: fake.url,
    indexProvisioner: fake.indexProvisioner,
  });
  const filesDir = mkdtempSync(join(tmpdir(), 'psv-bench-trips-'));
  const rows: TripRow[] = [];
  // The bundles log one JSON line per call to the console (CloudBase keeps them); not here.
  const { log, warn } = console;
  console.log = () => undefined;
  console.warn = () => undefined;
  try {
    await store.ensureCollections(ALL_COLLECTIONS);
    await seedOrgUnits(store);
    await seedDemoData(store, keys, systemClock, createDiskFiles(filesDir, randomBytes(32)), {
      riskReports: true,
    });
    const driver = bundleDriver({ store, clock: systemClock, keys });

    const measure = async (fn: () => Promise<{ ok: boolean; code: string; data: unknown }>) => {
      fake.setLatencyMs(ROUND_TRIP_MS);
      const before = fake.requests.length;
      const t = process.hrtime.bigint();
      try {
        const r = await fn();
        const ms = Number(process.hrtime.bigint() - t) / 1e6;
        const made = fake.requests.slice(before).filter(isDatabase);
        return {
          ...r,
          trips: made.length,
          ms,
          requests: made.map((q) =>
            `${q.action.replace('database.', '')} ${typeof q.body.collectionName === 'string' ? q.body.collectionName : ''}`.trim(),
          ),
        };
      } finally {
        fake.setLatencyMs(0);
      }
    };

    for (const entry of ACTIONS) {
      const kind = entry.contract.mutating ? 'mutation' : 'read';
      const budget = kind === 'read' ? READ_BUDGET : MUTATION_BUDGET;
      const base: TripRow = {
        key: entry.key,
        kind,
        as: '',
        trips: null,
        firstTrips: null,
        p50Ms: null,
        budget,
        code: 'not run',
      };
      const skip = NOT_EXERCISED[entry.key];
      if (skip) {
        rows.push({ ...base, note: skip });
        continue;
      }
      let call;
      try {
        call = validCallFor(entry);
      } catch (e) {
        rows.push({ ...base, note: e instanceof Error ? e.message : String(e) });
        continue;
      }
      const who = callerOf(call);
      base.as = typeof who === 'string' ? who : who.persona;
      let payload: Record<string, unknown>;
      try {
        payload = await call.payload(driver);
      } catch (e) {
        rows.push({
          ...base,
          note: `fixture failed: ${(e instanceof Error ? e.message : String(e)).slice(0, 120)}`,
        });
        continue;
      }
      // The persona's user record is the bench's fixture (made straight in the store), not the
      // action's work: it exists before the measured call.
      if (base.as !== 'anonymous') await driver.userId(who);
      const once = (p: Record<string, unknown>) =>
        measure(async () => {
          const r = await driver.call(
            who,
            entry.fn,
            entry.action,
            p,
            entry.contract.mutating ? `bench-${randomUUID()}` : undefined,
          );
          return {
            ok: r.body.ok,
            code: r.body.ok ? 'ok' : r.body.error.code,
            data: r.body.ok ? r.body.data : null,
          };
        });
      const samples = [];
      for (let i = 0; i < (kind === 'read' ? READ_SAMPLES : 1); i++)
        samples.push(await once(payload));
      const last = samples[samples.length - 1];
      const first = samples[0];
      if (!last || !first) continue;
      const row: TripRow = {
        ...base,
        trips: last.trips,
        firstTrips: first.trips,
        p50Ms: median(samples.map((s) => s.ms)),
        code: last.code,
        requests: last.requests,
      };
      if (kind === 'read' && last.ok && itemsOf(last.data) !== null && takesLimit(entry, payload)) {
        const one = await once({ ...payload, limit: 1 });
        const twenty = await once({ ...payload, limit: 20 });
        row.nPlusOne = {
          one: one.trips,
          twenty: twenty.trips,
          items: [itemsOf(one.data) ?? 0, itemsOf(twenty.data) ?? 0],
        };
      }
      rows.push(row);
    }
  } finally {
    console.log = log;
    console.warn = warn;
    await store.close();
    await fake.close();
    await tts.close();
    rmSync(filesDir, { recursive: true, force: true });
  }
  return report(rows);
}

function verdict(r: TripRow): string {
  if (r.trips === null) return 'not run';
  if (r.code !== 'ok') return `answered ${r.code}`;
  const n1 = r.nPlusOne;
  if (n1 && n1.twenty > n1.one && n1.items[1] > n1.items[0]) return 'OVER (N+1)';
  return r.trips <= r.budget ? 'ok' : 'OVER';
}

export function report(rows: TripRow[]): BenchSection {
  const lines = [
    `action                               as               trips (1st)  p50 @${ROUND_TRIP_MS} ms  budget  verdict`,
  ];
  for (const r of rows) {
    const trips = r.trips === null ? '—' : `${r.trips} (${r.firstTrips ?? '—'})`;
    const p50 = r.p50Ms === null ? '—' : `${r.p50Ms.toFixed(0)} ms`;
    const n1 = r.nPlusOne
      ? `  list 1→${r.nPlusOne.items[0]} items ${r.nPlusOne.one} trips, 20→${r.nPlusOne.items[1]} items ${r.nPlusOne.twenty} trips`
      : '';
    lines.push(
      `${r.key.padEnd(36)} ${r.as.padEnd(16)} ${trips.padStart(11)}  ${p50.padStart(11)}  ${`≤${r.budget}`.padStart(6)}  ${verdict(r)}${n1}${r.note ? `  (${r.note})` : ''}`,
    );
  }
  const measured = rows.filter((r) => r.trips !== null && r.code === 'ok');
  const over = measured.filter((r) => verdict(r).startsWith('OVER'));
  const other = rows.filter((r) => r.trips !== null && r.code !== 'ok');
  const notRun = rows.filter((r) => r.trips === null);
  lines.push(
    `${rows.length} actions: ${measured.length} measured ok, ${over.length} over budget (${over.map((r) => r.key).join(', ') || 'none'}), ${other.length} answered an error code, ${notRun.length} not run`,
  );
  return {
    name: `round trips per action (bundles → @cloudbase/node-sdk → CloudBase emulator, ${ROUND_TRIP_MS} ms per round trip)`,
    lines,
    data: { roundTripMs: ROUND_TRIP_MS, rows },
  };
}

if (require.main === module) {
  run().then(printSection, (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
