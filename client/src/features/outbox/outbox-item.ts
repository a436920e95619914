import type { ClientErrorCode } from '../../api/client-call-result';
import type { Author } from '../session/session-store';

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
  /**
   * Who submitted it: it is sent only while they are the one logged in, never as anyone else
   * (shared phones). null only for an item refused at once because nobody was logged in.
   */
  author: Author | null;
  fn: string;
  action: string;
  payload: unknown;
  /** Short Chinese description shown in the list, e.g. "意见反馈：建议". */
  label: string;
  /**
   * Photos kept on the phone that the payload names by marker (issue 16), in order: each is sent
   * first, then the payload goes with their fileIds; released once the item is sent.
   */
  photos?: string[];
  /**
   * The payload as queued, with the photos' markers, once `payload` holds their fileIds: kept so
   * the photos can go up again if the server no longer has them (`photosResent` then).
   */
  heldPayload?: unknown;
  photosResent?: boolean;
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

function isAuthorOrNull(value: unknown): value is Author | null {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.userId === 'string' && (v.name === null || typeof v.name === 'string');
}

export function isOutboxItem(value: unknown): value is OutboxItem {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.key === 'string' &&
    isAuthorOrNull(v.author) &&
    typeof v.fn === 'string' &&
    typeof v.action === 'string' &&
    typeof v.label === 'string' &&
    typeof v.status === 'string' &&
    STATUSES.includes(v.status) &&
    typeof v.attempts === 'number' &&
    typeof v.createdAt === 'number' &&
    typeof v.nextAttemptAt === 'number' &&
    (v.photos === undefined ||
      (Array.isArray(v.photos) && v.photos.every((p) => typeof p === 'string')))
  );
}

/**
 * The stored queue. Items saved before items carried their author (no `author` field) are
 * dropped: nobody can tell whose they were, and sending them as whoever is logged in is the
 * very mistake this field prevents.
 */
export function readOutboxItems(value: unknown): OutboxItem[] {
  return Array.isArray(value) ? value.filter(isOutboxItem) : [];
}

export function isStoredList(value: unknown): value is unknown[] {
  return Array.isArray(value);
}
