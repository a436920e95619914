import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ALL_COLLECTIONS } from '../cloudfunctions/collection-registry';
import { FUNCTIONS } from '../cloudfunctions/function-registry';
import type { ActionContract } from '../shared/src/contract/define-function';
import { createCloudbaseStore } from '../cloudfunctions/platform/adapters/cloudbase/cloudbase-store';
import { startFakeCloudbaseServer } from '../cloudfunctions/platform/adapters/cloudbase/test-support/fake-cloudbase-server';
import type { BenchSection } from './bench-report';
import { printSection, ratio } from './bench-report';
import { benchEnv, childEnv, skipCloudMetadataProbe } from './env';

const ROOT = resolve(__dirname, '..');
const BUDGET_MB = 128;
const bundlePath = (fn: string) => join(ROOT, 'dist', 'functions', fn, 'index.js');

/** Settings so a bundle can load offline: fake environment id and fresh data keys. */
const OFFLINE_ENV = childEnv({
  TCB_ENV: 'bench-offline',
  DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  DATA_HASH_KEY: randomBytes(32).toString('base64'),
});

/**
 * For the memory run the bundle talks to the local fake CloudBase server (the SDK's own
 * `serviceUrl`), so its calls do real store work; `TENCENTCLOUD=true` skips the SDK's metadata
 * probe, which only exists outside Tencent Cloud.
 */
function fakeCloudEnv(serviceUrl: string) {
  return {
    ...OFFLINE_ENV,
    TCB_SERVICE_URL: serviceUrl,
    TENCENTCLOUD: 'true',
    TENCENTCLOUD_SECRETID: 'bench-id',
    TENCENTCLOUD_SECRETKEY: 'bench-key',
  };
}

/** A villager read for functions whose reads all need a payload (the store is empty: NOT_FOUND). */
const SAMPLE_EVENTS: Record<string, { action: string; payload: unknown }> = {
  speech: { action: 'read', payload: { source: { kind: 'policy', policyId: 'rain-dew-plan' } } },
};

/** Milliseconds to `require` a module in a fresh node process (median of `runs`). */
function coldRequireMs(modulePath: string, runs = 5): number {
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(modulePath)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6));`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['-e', script], {
      cwd: ROOT,
      env: OFFLINE_ENV,
      timeout: 30_000,
    });
    times.push(Number(out.toString()));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

/** Loads a bundle in a child with --expose-gc, calls main() `calls` times, reports maxRSS. */
export async function peakRss(
  modulePath: string,
  event: unknown,
  calls: number,
  env: NodeJS.ProcessEnv,
) {
  const context = { environment: JSON.stringify({ WX_OPENID: 'oBenchVillager01' }) };
  const script = `
const mod = require(${JSON.stringify(modulePath)});
const main = mod.main || (mod.default && mod.default.main);
const codes = {};
(async () => {
  if (typeof main !== 'function') { console.log(JSON.stringify({ error: 'no main export' })); return; }
  const stopAt = Date.now() + 20000;
  let made = 0;
  for (let i = 0; i < ${calls} && Date.now() < stopAt; i++) {
    const r = await Promise.race([
      Promise.resolve(main(${JSON.stringify(event)}, ${JSON.stringify(context)})).catch((e) => ({ ok: false, error: { code: 'THREW:' + (e && e.name) } })),
      new Promise((ok) => setTimeout(() => ok({ ok: false, error: { code: 'TIMEOUT' } }), 2000)),
    ]);
    const code = r && r.ok ? 'ok' : String(r && r.error && r.error.code);
    codes[code] = (codes[code] || 0) + 1;
    made++;
    if (i % 50 === 0) global.gc();
  }
  console.log(JSON.stringify({ calls: made, codes, maxRssKb: process.resourceUsage().maxRSS }));
  process.exit(0);
})();`;
  // Asynchronous: the fake server answering the child lives in this process.
  const child = spawn(process.execPath, ['--expose-gc', '-e', script], { cwd: ROOT, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  await new Promise((done) => child.once('exit', done));
  clearTimeout(timer);
  const r = { stdout: Buffer.from(stdout), stderr: Buffer.from(stderr) };
  const line = r.stdout.toString().trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as {
      calls?: number;
      codes?: Record<string, number>;
      maxRssKb?: number;
      error?: string;
    };
  } catch {
    return { error: `child said: ${(r.stderr.toString() || line).slice(0, 200)}` };
  }
}

/** Builds the bundles if they are missing; returns why not when the build cannot run. */
export function ensureBuilt(names: string[] = Object.keys(FUNCTIONS)): string | null {
  if (!existsSync(join(ROOT, 'cloudfunctions', 'deploy', 'build-functions.ts')))
    return 'not built (no cloudfunctions/deploy/build-functions.ts)';
  try {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'cloudfunctions/deploy/build-functions.ts'],
      {
        cwd: ROOT,
        stdio: 'pipe',
        timeout: 180_000,
      },
    );
  } catch (e) {
    const err = e as { stderr?: Buffer; message?: string };
    return `not built (npm run build:functions failed: ${(err.stderr?.toString() || err.message || '').trim().split('\n')[0]})`;
  }
  return names.every((n) => existsSync(bundlePath(n)))
    ? null
    : 'not built (the build did not produce every bundle)';
}

/** Cold start, size and memory of the bundled functions (dist/functions/<fn>/index.js). */
async function measure(): Promise<BenchSection> {
  const names = Object.keys(FUNCTIONS);
  const sdk = require.resolve('@cloudbase/node-sdk', { paths: [ROOT] });
  const sdkMs = coldRequireMs(sdk);
  const problem = ensureBuilt(names);
  const lines = [`@cloudbase/node-sdk alone: cold require ${sdkMs.toFixed(1)} ms`];
  if (problem) {
    lines.push(`bundles: ${problem}`);
    return {
      name: 'bundled functions: cold start, bytes, peak RSS',
      lines,
      data: { sdkColdMs: sdkMs, bundles: problem },
    };
  }
  const bundles: Record<string, unknown> = {};
  skipCloudMetadataProbe();
  const fake = await startFakeCloudbaseServer();
  const env = fakeCloudEnv(fake.url);
  await createCloudbaseStore({
    env: 'bench-offline',
    secretId: 'x',
    secretKey: 'y',
    serviceUrl: fake.url,
  }).ensureCollections(ALL_COLLECTIONS);
  for (const fn of names) {
    const path = bundlePath(fn);
    const bytes = statSync(path).size;
    const coldMs = coldRequireMs(path);
    // A read every villager makes (the first villager read that takes an empty payload), so
    // each call resolves the caller and queries the store.
    const actions = FUNCTIONS[fn as keyof typeof FUNCTIONS].contract.actions as Record<
      string,
      ActionContract
    >;
    const read = Object.entries(actions).find(
      ([, a]) => !a.mutating && a.access.villager && a.input.safeParse({}).success,
    );
    const event = SAMPLE_EVENTS[fn] ?? { action: read?.[0] ?? 'me', payload: {} };
    const rss = await peakRss(path, event, benchEnv.rssCalls, env);
    const rssMb = rss.maxRssKb ? rss.maxRssKb / 1024 : NaN;
    bundles[fn] = { bytes, coldMs, coldOverSdk: coldMs / sdkMs, rss, rssMb, budgetMb: BUDGET_MB };
    lines.push(
      `${fn.padEnd(12)} ${(bytes / 1024).toFixed(0).padStart(6)} KB  cold ${coldMs.toFixed(1)} ms (${ratio(coldMs, sdkMs)} of the SDK alone)  ` +
        (rss.error
          ? `RSS: ${rss.error}`
          : `maxRSS ${rssMb.toFixed(1)} MB of ${BUDGET_MB} MB (${((rssMb / BUDGET_MB) * 100).toFixed(0)}%) over ${rss.calls} calls ${JSON.stringify(rss.codes)}`),
    );
  }
  await fake.close();
  lines.push(
    '(each call: the real bundle → @cloudbase/node-sdk → the local fake CloudBase server; a villager read)',
  );
  return {
    name: 'bundled functions: cold start, bytes, peak RSS',
    lines,
    data: { sdkColdMs: sdkMs, bundles },
  };
}

export function run(): Promise<BenchSection> {
  return measure();
}

if (require.main === module) {
  run().then(printSection, (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
