import type { ClientErrorCode } from '../../api/client-call-result';

/**
 * - `pending`: saved on the device, waiting to be sent (first try or a retry after a network
 *   problem, rate limit or server fault);
 * - `sending`: a request is in flight (turns back to `pending` after an app restart);
 * - `sent`: the server accepted it; `result` holds its answer;
 * - `failed`: the server refused it for a reason retrying cannot fix (e.g. invalid content).
 */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface OutboxItem {
  /** The idempotency key: made once, sent with every attempt. */
  key: string;
  fn: string;
  action: string;
  payload: unknown;
  /** Short Chinese description shown in the list, e.g. "意见反馈：建议". */
  label: string;
  status: OutboxStatus;
  attempts: number;
  createdAt: number;
  /** Earliest time of the next automatic attempt (pending only). */
  nextAttemptAt: number;
  lastError?: { code: ClientErrorCode; message: string; fieldErrors?: Record<string, string> };
  result?: unknown;
  sentAt?: number;
}

const STATUSES: readonly string[] = ['pending', 'sending', 'sent', 'failed'];

export function isOutboxItem(value: unknown): value is OutboxItem {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.key === 'string' &&
    typeof v.fn === 'string' &&
    typeof v.action === 'string' &&
    typeof v.label === 'string' &&
    typeof v.status === 'string' &&
    STATUSES.includes(v.status) &&
    typeof v.attempts === 'number' &&
    typeof v.createdAt === 'number' &&
    typeof v.nextAttemptAt === 'number'
  );
}

export function isOutboxItemList(value: unknown): value is OutboxItem[] {
  return Array.isArray(value) && value.every(isOutboxItem);
}
