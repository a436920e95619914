import type { CallResult, FieldErrors } from './call-envelope';
import type { ErrorCode } from './error-codes';
import { DEFAULT_MESSAGE_BY_CODE } from './error-codes';

/** The failure envelope, with the code's default villager-facing sentence unless one is given. */
export function callFailure(
  code: ErrorCode,
  message?: string,
  fieldErrors?: FieldErrors,
): CallResult<never> {
  return {
    ok: false,
    error: {
      code,
      message: message ?? DEFAULT_MESSAGE_BY_CODE[code],
      ...(fieldErrors ? { fieldErrors } : {}),
    },
  };
}
