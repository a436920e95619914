/** Delay before retry number `attempt` (1-based): 2 s, 4 s, 8 s … capped at 60 s, ±20 % jitter. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(60_000, 2_000 * 2 ** Math.max(0, attempt - 1));
  const jitter = 1 + (random() * 0.4 - 0.2);
  return Math.round(base * jitter);
}
