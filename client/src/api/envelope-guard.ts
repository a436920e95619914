import { ERROR_CODES, type ErrorCode } from '@shared/envelope/error-codes';
import type { ClientCallResult } from './client-call-result';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Reads a `{ ok, data } | { ok, error }` envelope from an untyped answer; null if it is not one. */
export function readEnvelope(body: unknown): ClientCallResult<unknown> | null {
  if (!isRecord(body)) return null;
  if (body.ok === true && 'data' in body) return { ok: true, data: body.data };
  if (body.ok === false && isRecord(body.error) && isErrorCode(body.error.code)) {
    const { code, message, fieldErrors, requestId } = body.error;
    return {
      ok: false,
      error: {
        code,
        message: typeof message === 'string' ? message : '',
        ...(isRecord(fieldErrors) ? { fieldErrors: fieldErrors as Record<string, string> } : {}),
        ...(typeof requestId === 'string' ? { requestId } : {}),
      },
    };
  }
  return null;
}

/** The code a bare HTTP status stands for when the body is not an envelope (e.g. a proxy page). */
export function codeForHttpStatus(status: number): ErrorCode {
  if (status === 400 || status === 422) return 'VALIDATION_FAILED';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  return 'INTERNAL';
}
