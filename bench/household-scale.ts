import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { householdsCollection } from '../cloudfunctions/households/household-collections';
import { householdsFunction } from '../cloudfunctions/households/households-function';
import { ensureDevUser } from '../cloudfunctions/platform/adapters/local/dev-personas';
import type { DevPersona } from '../cloudfunctions/platform/adapters/local/dev-personas';
import { openDevSession } from '../cloudfunctions/platform/adapters/local/dev-session';
import { openLocalPlatform } from '../cloudfunctions/platform/local-platform';
import { createFunctionEntry } from '../cloudfunctions/platform/runtime/run-action';
import { seedDemoData } from '../cloudfunctions/seed-demo-data';
import { devLogin, postJson, startGatewayProcess } from '../gateway/test-support/gateway-process';
import { countingStore } from './counting-store';
import type { BenchSection } from './bench-report';
import { ms, printSection, ratio, summarize, timeCalls } from './bench-report';
import { silentLogger } from './silent-logger';

const GATEWAY_BUDGET_MB = 300;

/** Peak resident memory (VmHWM) of a process and its children, in MB (Linux /proc). */
function peakRssMb(pid: number): number {
  const read = (p: number): number => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
      return Math.max(kb, ...children.map(read));
    } catch {
      return 0;
    }
  };
  return read(pid) / 1024;
}

/**
 * The 户情 dashboard on the ~20,000-household scale set against one raw `COUNT(*)` on the same
 * database, list/search latency, and the gateway's peak memory with that set loaded.
 */
export async function run(): Promise<BenchSection> {
  const dataDir = mkdtempSync(join(tmpdir(), 'psv-bench-scale-'));
  try {
    const platform = await openLocalPlatform({
      dataDir,
      logger: silentLogger,
      mutationsPerMinute: 1e9,
    });
    const t0 = Date.now();
    await seedDemoData(
      platform.store,
      platform.deps.dataKeys,
      platform.deps.clock,
      platform.deps.files,
      {
        scale: true,
      },
    );
    const seedMs = Date.now() - t0;
    const rawCount = platform.store.reader.prepare('SELECT COUNT(*) AS n FROM c_households');
    const total = (rawCount.get() as { n: number }).n;
    const raw = summarize(await timeCalls(30, () => Promise.resolve(rawCount.get()), 5));

    // What the city dashboard computes, written by hand in SQL on the same rows: the grouped
    // count over the (villageId, category, monitorType) index and the two flag counts.
    const j = (f: string) => `json_extract(doc, '$.${f}')`;
    const handGroup = platform.store.reader.prepare(
      `SELECT ${j('villageId')} AS v, ${j('category')} AS c, ${j('monitorType')} AS m, COUNT(*) AS n FROM c_households GROUP BY v, c, m`,
    );
    const handWarnings = platform.store.reader.prepare(
      `SELECT COUNT(*) AS n FROM c_households WHERE ${j('hasWarnings')} = 1`,
    );
    const handOverdue = platform.store.reader.prepare(
      `SELECT COUNT(*) AS n FROM c_households WHERE ${j('category')} = 'monitored' AND ${j('reviewDueAt')} < ?`,
    );
    const today = platform.deps.clock.now().toISOString().slice(0, 10);
    const handSql = summarize(
      await timeCalls(
        30,
        () => Promise.resolve([handGroup.all(), handWarnings.get(), handOverdue.get(today)]),
        5,
      ),
    );

    const handGroupOnly = summarize(await timeCalls(30, () => Promise.resolve(handGroup.all()), 5));
    const households = platform.store.collection(householdsCollection);
    const countByMs = summarize(
      await timeCalls(
        30,
        () => households.countBy({}, ['villageId', 'category', 'monitorType']),
        5,
      ),
    );

    const counting = countingStore(platform.store);
    const entry = createFunctionEntry(householdsFunction, {
      ...platform.deps,
      store: counting.store,
    });
    const as = async (persona: DevPersona) => ({
      authorization: `Bearer ${
        (
          await openDevSession(
            platform.store,
            platform.deps.clock,
            platform.tokenSecret,
            await ensureDevUser(platform.store, platform.deps.clock, persona),
          )
        ).token
      }`,
    });
    const city = await as('city_approver');
    const village = await as('village_cadre');
    const call = async (ctx: { authorization: string }, action: string, payload: unknown) => {
      const r = await entry({ action, payload }, ctx);
      if (!r.ok) throw new Error(`${action}: ${r.error.code}`);
    };
    const requestsOf = async (run: () => Promise<void>) => {
      await run(); // warm
      const before = counting.requests();
      await run();
      return counting.requests() - before;
    };
    const cityRequests = await requestsOf(() => call(city, 'dashboard', {}));
    const villageRequests = await requestsOf(() => call(village, 'dashboard', {}));
    const cityDash = summarize(await timeCalls(15, () => call(city, 'dashboard', {}), 2));
    const villageDash = summarize(await timeCalls(50, () => call(village, 'dashboard', {}), 5));
    const search = summarize(await timeCalls(100, () => call(city, 'list', { q: '马样本0' }), 10));
    const filtered = summarize(
      await timeCalls(100, () => call(village, 'list', { category: 'lifted' }), 10),
    );
    await platform.store.close();

    // The gateway on the same data folder, as `npm start` would run with SEED_SCALE=1.
    const gw = await startGatewayProcess({ dataDir, env: { LOG_LEVEL: 'warn', SEED_SCALE: '1' } });
    let gatewayMb = NaN;
    try {
      const token = await devLogin(gw.url, 'city_approver');
      for (let i = 0; i < 5; i++)
        await postJson(`${gw.url}/api/households`, { action: 'dashboard', payload: {} }, token);
      for (let i = 0; i < 50; i++)
        await postJson(
          `${gw.url}/api/households`,
          { action: 'list', payload: { q: `马样本${i}` } },
          token,
        );
      await postJson(
        `${gw.url}/api/households`,
        {
          action: 'export',
          payload: { villageId: 'village-zheqiao-qimou' },
          idempotencyKey: 'bench-export-1',
        },
        token,
      );
      gatewayMb = gw.child.pid ? peakRssMb(gw.child.pid) : NaN;
    } finally {
      await gw.stop();
    }

    return {
      name: `户情 at scale: ${total.toLocaleString('en')} households`,
      lines: [
        `seed: ${(seedMs / 1000).toFixed(1)} s`,
        `raw COUNT(*)             p50 ${ms(raw.p50)}`,
        `Store.countBy(villageId, category, monitorType)  p50 ${ms(countByMs.p50)}  = ${ratio(countByMs.p50, handGroupOnly.p50)} of the same GROUP BY written by hand (${ms(handGroupOnly.p50)}; budget 1.5×)`,
        `hand-written SQL (GROUP BY + 2 counts)  p50 ${ms(handSql.p50)}`,
        `dashboard, city (one grouped count + 1)  p50 ${ms(cityDash.p50)}  = ${ratio(cityDash.p50, handSql.p50)} of the hand-written SQL (the rest is the call: caller, validation, output), ${ratio(cityDash.p50, raw.p50)} of one raw COUNT; ${cityRequests} store requests a call (was 177 + the caller's)`,
        `dashboard, one village   p50 ${ms(villageDash.p50)}  = ${ratio(villageDash.p50, raw.p50)} of one raw COUNT; ${villageRequests} store requests a call`,
        `list: name search (city) p50 ${ms(search.p50)}  p99 ${ms(search.p99)}`,
        `list: village + category p50 ${ms(filtered.p50)}  p99 ${ms(filtered.p99)}`,
        `gateway peak RSS with the set loaded: ${gatewayMb.toFixed(0)} MB of ${GATEWAY_BUDGET_MB} MB (${((gatewayMb / GATEWAY_BUDGET_MB) * 100).toFixed(0)}%)`,
      ],
      data: {
        households: total,
        seedMs,
        rawCountMs: raw,
        cityDashboardMs: cityDash,
        villageDashboardMs: villageDash,
        cityDashboardOverRawCount: cityDash.p50 / raw.p50,
        handSqlMs: handSql,
        countByMs,
        countByOverHandGroupBy: countByMs.p50 / handGroupOnly.p50,
        cityDashboardOverHandSql: cityDash.p50 / handSql.p50,
        cityDashboardRequests: cityRequests,
        villageDashboardRequests: villageRequests,
        searchMs: search,
        filteredListMs: filtered,
        gatewayPeakRssMb: gatewayMb,
        gatewayBudgetMb: GATEWAY_BUDGET_MB,
      },
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().then(printSection, (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
