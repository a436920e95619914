import type { CallError, CallResult } from '@shared/envelope/call-envelope';
import type { ErrorCode } from '@shared/envelope/error-codes';

/**
 * Codes the client adds to the server's ErrorCode list. They never come from a server:
 * - `NETWORK`: the request did not reach the server or no answer came back (offline, timeout,
 *   DNS, gateway down). Safe to retry with the same idempotency key.
 */
export type ClientOnlyErrorCode = 'NETWORK';
export type ClientErrorCode = ErrorCode | ClientOnlyErrorCode;

export interface ClientCallError extends Omit<CallError, 'code'> {
  code: ClientErrorCode;
  /** HTTP status when the answer came over HTTP. */
  httpStatus?: number;
}

/** A server `CallResult<T>`, plus client-side failures (`NETWORK`). */
export type ClientCallResult<T> = CallResult<T> | { ok: false; error: ClientCallError };

export const NETWORK_MESSAGE = '网络不太好，没有连上服务器。内容已保存，网络恢复后会自动再试。';

export function networkError(): { ok: false; error: ClientCallError } {
  return { ok: false, error: { code: 'NETWORK', message: NETWORK_MESSAGE } };
}

/**
 * Whether a failed call may succeed if sent again unchanged (same idempotency key):
 * network failures, rate limiting and server faults. Validation, permission, not-found and
 * conflict answers will not change by retrying. UNAUTHENTICATED waits for a login, so it is
 * retried too (the outbox keeps the item until the user logs in again).
 */
export function isRetryable(code: ClientErrorCode): boolean {
  return (
    code === 'NETWORK' ||
    code === 'RATE_LIMITED' ||
    code === 'INTERNAL' ||
    code === 'UNAUTHENTICATED'
  );
}
