/** One benchmark's result: lines for the console summary and numbers for latest.json. */
export interface BenchSection {
  name: string;
  lines: string[];
  data: Record<string, unknown>;
}

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const i = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[i] ?? NaN;
}

export function summarize(samplesMs: number[]) {
  const s = [...samplesMs].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p99: percentile(s, 99) };
}

export const ms = (v: number) => `${v < 1 ? v.toFixed(3) : v.toFixed(2)} ms`;
export const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : 'n/a');

/** Times an async call repeatedly (after a warm-up) and returns per-call milliseconds. */
export async function timeCalls(
  n: number,
  fn: () => Promise<unknown>,
  warmup = 100,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

export function printSection(s: BenchSection): void {
  console.log(`\n== ${s.name}`);
  for (const l of s.lines) console.log(`   ${l}`);
}
