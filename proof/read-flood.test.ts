import type { GatewayProcess } from '../gateway/test-support/gateway-process';
import { devLogin, postJson, startGatewayProcess } from '../gateway/test-support/gateway-process';
import { closeAddressAgents, postFromAddress } from './support/post-from-address';

/**
 * Issue 11 point 9 (reads): four anonymous clients hammer public reads while a signed-in villager
 * browses. Each flooding client is cut off with RATE_LIMITED once past its per-minute read budget
 * (counted in memory, so the refusals cost no store write), and the villager's reads keep
 * answering quickly. Figures are printed for the closing note.
 */

let gw: GatewayProcess;
beforeAll(async () => {
  gw = await startGatewayProcess({ env: { LOG_LEVEL: 'warn' } });
}, 60_000);
afterAll(async () => {
  closeAddressAgents();
  await gw.stop();
});

const READ = { action: 'list', payload: { limit: 20 } };

async function villagerLatencies(token: string, n: number): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = await postJson(`${gw.url}/api/exhibits`, READ, token);
    ms.push(performance.now() - t0);
    if (r.status !== 200) throw new Error(`villager read refused: ${r.status} ${r.text}`);
  }
  return ms;
}

function p95(ms: number[]): number {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
}

test('an anonymous read flood is RATE_LIMITED per client and leaves a villager quick', async () => {
  const token = await devLogin(gw.url, 'villager');
  await villagerLatencies(token, 20); // warm up
  const quiet = await villagerLatencies(token, 150);

  const clients = ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5'];
  const statuses = new Map<string, Map<number, number>>(clients.map((c) => [c, new Map()]));
  let flooding = true;
  const flood = clients.flatMap((address) =>
    Array.from({ length: 6 }, async () => {
      const seen = statuses.get(address);
      while (flooding && seen) {
        const status = await postFromAddress(`${gw.url}/api/exhibits`, READ, address);
        seen.set(status, (seen.get(status) ?? 0) + 1);
      }
    }),
  );
  // Let the flood pass its budget, then browse as the villager while it goes on.
  const limitedEverywhere = () => clients.every((c) => (statuses.get(c)?.get(429) ?? 0) >= 100);
  const deadline = Date.now() + 30_000;
  while (!limitedEverywhere() && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const loud = await villagerLatencies(token, 150);
  flooding = false;
  await Promise.all(flood);

  const perClient = clients.map((c) => ({
    client: c,
    ok: statuses.get(c)?.get(200) ?? 0,
    limited: statuses.get(c)?.get(429) ?? 0,
    other: [...(statuses.get(c)?.entries() ?? [])]
      .filter(([s]) => s !== 200 && s !== 429)
      .reduce((n, [, k]) => n + k, 0),
  }));
  console.log(
    `read flood: villager p95 ${p95(quiet).toFixed(1)} ms quiet → ${p95(loud).toFixed(1)} ms under ` +
      `${clients.length} anonymous clients; per client ${perClient
        .map((c) => `${c.ok} answered / ${c.limited} RATE_LIMITED`)
        .join(', ')}`,
  );
  for (const c of perClient) {
    expect(c.other).toBe(0);
    expect(c.limited).toBeGreaterThan(0);
    // The budget is per client: 600 reads a minute with the default limits (the run may
    // straddle two minutes).
    expect(c.ok).toBeLessThanOrEqual(1200);
  }
  // The villager was never refused (villagerLatencies throws) and stays quick: the issue saw
  // 2.1 s under four anonymous clients.
  expect(p95(loud)).toBeLessThan(Math.max(250, 10 * p95(quiet)));
}, 120_000);
