import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDevUser } from '../cloudfunctions/platform/adapters/local/dev-personas';
import { openDevSession } from '../cloudfunctions/platform/adapters/local/dev-session';
import { openLocalPlatform } from '../cloudfunctions/platform/local-platform';
import { usersCollection } from '../cloudfunctions/platform/runtime/platform-collections';
import { createFunctionEntry } from '../cloudfunctions/platform/runtime/run-action';
import { usersFunction } from '../cloudfunctions/users/users-function';
import { devLogin, startGatewayProcess } from '../gateway/test-support/gateway-process';
import type { BenchSection } from './bench-report';
import { ms, printSection, ratio, summarize, timeCalls } from './bench-report';
import { benchEnv } from './env';
import { silentLogger } from './silent-logger';

/**
 * `users.me` over HTTP through the gateway child process, vs the same call through the runtime
 * entry in-process, vs the bare store read it boils down to (get the user by id).
 */
export async function run(): Promise<BenchSection> {
  const n = benchEnv.samples;
  const dataDir = mkdtempSync(join(tmpdir(), 'psv-bench-read-'));
  const platform = await openLocalPlatform({
    dataDir,
    logger: silentLogger,
    mutationsPerMinute: 1e9,
  });
  const gw = await startGatewayProcess({
    // The bench measures the gateway itself, not the per-caller read limit.
    env: { LOG_LEVEL: 'warn', READ_RATE_LIMIT_PER_MINUTE: '1000000000' },
  });
  try {
    const openid = await ensureDevUser(platform.store, platform.deps.clock, 'villager');
    const users = platform.store.collection(usersCollection);
    const user = (await users.find({ openid }, { limit: 1 })).items[0];
    if (!user) throw new Error('no user');
    const store = summarize(await timeCalls(n, () => users.get(user._id)));

    const entry = createFunctionEntry(usersFunction, platform.deps);
    const { token: directToken } = await openDevSession(
      platform.store,
      platform.deps.clock,
      platform.tokenSecret,
      openid,
    );
    const context = { authorization: `Bearer ${directToken}` };
    const runtime = summarize(
      await timeCalls(n, () => entry({ action: 'me', payload: {} }, context)),
    );

    const token = await devLogin(gw.url, 'villager');
    const body = JSON.stringify({ action: 'me', payload: {} });
    const http = summarize(
      await timeCalls(n, async () => {
        const r = await fetch(`${gw.url}/api/users`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        });
        if (r.status !== 200) throw new Error(`users.me answered ${r.status}`);
        await r.text();
      }),
    );
    return {
      name: 'read: users.me over HTTP vs runtime entry vs store.get',
      lines: [
        `store.get       p50 ${ms(store.p50)}  p99 ${ms(store.p99)}   (n=${n})`,
        `runtime entry   p50 ${ms(runtime.p50)}  p99 ${ms(runtime.p99)}   = ${ratio(runtime.p50, store.p50)} / ${ratio(runtime.p99, store.p99)} of store`,
        `gateway HTTP    p50 ${ms(http.p50)}  p99 ${ms(http.p99)}   = ${ratio(http.p50, store.p50)} / ${ratio(http.p99, store.p99)} of store (p50 / p99)`,
      ],
      data: {
        samples: n,
        storeMs: store,
        runtimeMs: runtime,
        httpMs: http,
        httpOverStoreP50: http.p50 / store.p50,
        httpOverStoreP99: http.p99 / store.p99,
        runtimeOverStoreP50: runtime.p50 / store.p50,
      },
    };
  } finally {
    await gw.stop();
    await platform.store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().then(printSection, (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
