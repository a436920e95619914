import { z } from 'zod';

/** Benchmark knobs: the only module under bench/ that reads process.env. */
const BenchEnv = z.object({
  /** Seconds per autocannon run (each of the two throughput runs). */
  BENCH_SECONDS: z.coerce.number().min(1).max(60).default(3),
  /** Concurrent HTTP connections for the throughput runs. */
  BENCH_CONNECTIONS: z.coerce.number().int().min(1).max(500).default(16),
  /** Sequential calls timed for the latency comparison. */
  BENCH_SAMPLES: z.coerce.number().int().min(50).max(100_000).default(2_000),
  /** Calls made to a bundled function while watching its memory. */
  BENCH_RSS_CALLS: z.coerce.number().int().min(10).max(100_000).default(300),
  /** Risk reports made in one town for the 待办 queue bench. */
  BENCH_RISK_REPORTS: z.coerce.number().int().min(20).max(50_000).default(5_000),
  /** Claims passed on to the insurer, city-wide, for its 待办 queue bench. */
  BENCH_CLAIMS: z.coerce.number().int().min(20).max(50_000).default(5_000),
});

const e = BenchEnv.parse(process.env);

export const benchEnv = {
  seconds: e.BENCH_SECONDS,
  connections: e.BENCH_CONNECTIONS,
  samples: e.BENCH_SAMPLES,
  rssCalls: e.BENCH_RSS_CALLS,
  riskReports: e.BENCH_RISK_REPORTS,
  claims: e.BENCH_CLAIMS,
};

/** The environment for child processes the benches start (this process's, plus `extra`). */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

/**
 * Outside Tencent Cloud the SDK probes a metadata host before every request; `TENCENTCLOUD=true`
 * is its own switch to skip that (the benches talk to a local fake server via `serviceUrl`).
 */
export function skipCloudMetadataProbe(): void {
  process.env.TENCENTCLOUD = 'true';
}

/**
 * Sets the configuration the built bundles read on their first call (cloudfunctions/platform/env.ts)
 * for bundles loaded into this process, as CloudBase sets it for a deployed function.
 */
export function configureBundleEnv(vars: Record<string, string>): void {
  Object.assign(process.env, vars);
}
