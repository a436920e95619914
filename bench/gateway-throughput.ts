import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { devLogin, startGatewayProcess } from '../gateway/test-support/gateway-process';
import type { BenchSection } from './bench-report';
import { printSection, ratio } from './bench-report';
import { benchEnv } from './env';

const ROOT = resolve(__dirname, '..');

interface Load {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, headers: Record<string, string>, body: string): Promise<Load> {
  const r = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    connections: benchEnv.connections,
    duration: benchEnv.seconds,
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
async function startBareServer() {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(__dirname, 'bare-fastify-server.ts'), '0'],
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

/** autocannon against `users.me` on the gateway vs a bare Fastify route, same machine, loopback. */
export async function run(): Promise<BenchSection> {
  const body = JSON.stringify({ action: 'me', payload: {} });
  const bare = await startBareServer();
  let baseline: Load;
  try {
    baseline = await load(`${bare.url}/api/users`, {}, body);
  } finally {
    await bare.stop();
  }
  const gw = await startGatewayProcess({
    // The bench measures the gateway itself, not the per-caller read limit.
    env: { LOG_LEVEL: 'warn', READ_RATE_LIMIT_PER_MINUTE: '1000000000' },
  });
  let gateway: Load;
  try {
    const token = await devLogin(gw.url, 'villager');
    gateway = await load(`${gw.url}/api/users`, { authorization: `Bearer ${token}` }, body);
  } finally {
    await gw.stop();
  }
  const c = benchEnv.connections;
  const s = benchEnv.seconds;
  return {
    name: `throughput: gateway users.me vs bare Fastify (${c} connections, ${s}s each, loopback)`,
    lines: [
      `bare Fastify    ${baseline.rps.toFixed(0)} req/s  p50 ${baseline.p50} ms  p99 ${baseline.p99} ms`,
      `gateway         ${gateway.rps.toFixed(0)} req/s  p50 ${gateway.p50} ms  p99 ${gateway.p99} ms  (non-2xx ${gateway.non2xx}, errors ${gateway.errors})`,
      `gateway reaches ${((gateway.rps / baseline.rps) * 100).toFixed(1)}% of bare throughput; bare is ${ratio(baseline.rps, gateway.rps)} faster`,
    ],
    data: {
      connections: c,
      seconds: s,
      bare: baseline,
      gateway,
      gatewayOverBare: gateway.rps / baseline.rps,
    },
  };
}

if (require.main === module) {
  run().then(printSection, (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
