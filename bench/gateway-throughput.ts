import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { ensureDevUser } from '../cloudfunctions/platform/adapters/local/dev-personas';
import { openDevSession } from '../cloudfunctions/platform/adapters/local/dev-session';
import { openLocalPlatform } from '../cloudfunctions/platform/local-platform';
import { createFunctionEntry } from '../cloudfunctions/platform/runtime/run-action';
import { usersFunction } from '../cloudfunctions/users/users-function';
import { devLogin, startGatewayProcess } from '../gateway/test-support/gateway-process';
import type { BenchSection } from './bench-report';
import { ms, printSection, ratio, summarize, timeCalls } from './bench-report';
import { benchEnv } from './env';
import { silentLogger } from './silent-logger';

const ROOT = resolve(__dirname, '..');

interface Load {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(
  url: string,
  headers: Record<string, string>,
  body: string,
  seconds = benchEnv.seconds,
): Promise<Load> {
  const r = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    connections: benchEnv.connections,
    duration: seconds,
  });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

/** Starts bench/bare-fastify-server.ts as a child process on loopback and waits for its port. */
async function startBareServer(args: string[]) {
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      join(__dirname, 'bare-fastify-server.ts'),
      '0',
      ...args,
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error('bare server did not start')), 20_000);
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(Number(m[1]));
      }
    });
    child.once('exit', () => fail(new Error('bare server exited')));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await r.text();
  if (r.status !== 200) throw new Error(`${url} answered ${r.status}: ${text.slice(0, 200)}`);
  return text;
}

/** p50 of the users function's runtime entry, in process, on a platform of its own. */
async function runtimeEntryP50(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'psv-bench-entry-'));
  const platform = await openLocalPlatform({
    dataDir,
    logger: silentLogger,
    mutationsPerMinute: 1e9,
  });
  try {
    const openid = await ensureDevUser(platform.store, platform.deps.clock, 'villager');
    const { token } = await openDevSession(
      platform.store,
      platform.deps.clock,
      platform.tokenSecret,
      openid,
    );
    const entry = createFunctionEntry(usersFunction, platform.deps);
    const context = { authorization: `Bearer ${token}` };
    return summarize(
      await timeCalls(benchEnv.samples, () => entry({ action: 'me', payload: {} }, context)),
    ).p50;
  } finally {
    await platform.store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * autocannon, side by side in one run: `users.me` on the gateway; a bare Fastify route doing the
 * same SQLite reads on the gateway's own database file and answering the same JSON; and a bare
 * hello-world route. Then p50 of one call at a time: the gateway vs the runtime entry in process.
 */
export async function run(): Promise<BenchSection> {
  const body = JSON.stringify({ action: 'me', payload: {} });
  const gw = await startGatewayProcess({
    // The bench measures the gateway itself, not the per-caller read limit.
    env: { LOG_LEVEL: 'warn', READ_RATE_LIMIT_PER_MINUTE: '1000000000' },
  });
  let gateway: Load;
  let bareRead: Load;
  let hello: Load;
  let gatewayP50: number;
  let bareP50 = NaN;
  let sameJson: boolean;
  try {
    const token = await devLogin(gw.url, 'villager');
    const auth = { authorization: `Bearer ${token}` };
    const me = JSON.parse(await post(`${gw.url}/api/users`, body, auth)) as {
      data: { userId: string; idNumberMasked: string | null };
    };
    const bare = await startBareServer([
      join(gw.dataDir, 'palm-village.db'),
      me.data.userId,
      me.data.idNumberMasked ?? '',
    ]);
    try {
      sameJson = (await post(`${bare.url}/api/users`, body)) === JSON.stringify(me);
      // Warm both up (JIT, caches) before anything is measured.
      await load(`${gw.url}/api/users`, auth, body, 1);
      await load(`${bare.url}/api/users`, {}, body, 1);
      gateway = await load(`${gw.url}/api/users`, auth, body);
      bareRead = await load(`${bare.url}/api/users`, {}, body);
      hello = await load(`${bare.url}/hello`, {}, body);
      bareP50 = summarize(
        await timeCalls(benchEnv.samples, () => post(`${bare.url}/api/users`, body)),
      ).p50;
    } finally {
      await bare.stop();
    }
    gatewayP50 = summarize(
      await timeCalls(benchEnv.samples, () => post(`${gw.url}/api/users`, body, auth)),
    ).p50;
  } finally {
    await gw.stop();
  }
  const entryP50 = await runtimeEntryP50();
  const c = benchEnv.connections;
  const s = benchEnv.seconds;
  const line = (label: string, l: Load) =>
    `${label.padEnd(30)} ${l.rps.toFixed(0).padStart(6)} req/s  p50 ${l.p50} ms  p99 ${l.p99} ms  (non-2xx ${l.non2xx}, errors ${l.errors})`;
  const overBare = gateway.rps / bareRead.rps;
  const p50Ratio = gatewayP50 / entryP50;
  return {
    name: `throughput: gateway users.me vs a bare Fastify route doing the same read (${c} connections, ${s}s each, loopback)`,
    lines: [
      line('gateway users.me', gateway),
      line('bare Fastify, same SQLite read', bareRead),
      line('bare Fastify, hello world', hello),
      `gateway / bare same-read = ${overBare.toFixed(2)} (target ≥ 0.5: ${overBare >= 0.5 ? 'met' : 'NOT met'}); gateway / hello world = ${(gateway.rps / hello.rps).toFixed(2)}; bare answers the same JSON: ${sameJson ? 'yes' : 'NO'}`,
      `one call at a time: gateway p50 ${ms(gatewayP50)} vs runtime entry p50 ${ms(entryP50)} = ${ratio(gatewayP50, entryP50)} (target ≤ 3×: ${p50Ratio <= 3 ? 'met' : 'NOT met'}); the bare same-read route's p50 over HTTP (the client's and socket's floor) ${ms(bareP50)}`,
    ],
    data: {
      connections: c,
      seconds: s,
      gateway,
      bareSameRead: bareRead,
      bareHelloWorld: hello,
      sameJson,
      gatewayOverBare: overBare,
      gatewayOverHelloWorld: gateway.rps / hello.rps,
      gatewayP50Ms: gatewayP50,
      bareSameReadP50Ms: bareP50,
      runtimeEntryP50Ms: entryP50,
      gatewayOverEntryP50: p50Ratio,
    },
  };
}

if (require.main === module) {
  run().then(printSection, (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
