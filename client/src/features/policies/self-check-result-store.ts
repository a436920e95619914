import { readStored, removeStored, writeStored } from '../../storage/local-store';
import type { EligibilityMatch } from './policies-api';

const KEY = 'policies.self-check.result';

/** The last 查看结果 answer, kept on the phone so the result page survives a restart. */
export interface StoredSelfCheckResult {
  checkedAt: number;
  matches: EligibilityMatch[];
}

function isStoredResult(value: unknown): value is StoredSelfCheckResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>).checkedAt === 'number' &&
    Array.isArray((value as Record<string, unknown>).matches)
  );
}

export function saveSelfCheckResult(matches: EligibilityMatch[], now = Date.now()): void {
  writeStored(KEY, { checkedAt: now, matches } satisfies StoredSelfCheckResult);
}

export function readSelfCheckResult(): StoredSelfCheckResult | null {
  return readStored(KEY, isStoredResult);
}

export function forgetSelfCheckResult(): void {
  removeStored(KEY);
}
