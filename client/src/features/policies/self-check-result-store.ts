import { readStored, removeStored, writeStored } from '../../storage/local-store';
import { userScopedKey } from '../../storage/user-scoped-key';
import { currentAuthor } from '../session/session-store';
import type { EligibilityMatch } from './policies-api';

/** Kept under the person who ran the check (their answers hint at illness and income). */
const key = () => userScopedKey(currentAuthor()?.userId ?? null, 'policies.self-check.result');

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
  writeStored(key(), { checkedAt: now, matches } satisfies StoredSelfCheckResult);
}

export function readSelfCheckResult(): StoredSelfCheckResult | null {
  return readStored(key(), isStoredResult);
}

export function forgetSelfCheckResult(): void {
  removeStored(key());
}
