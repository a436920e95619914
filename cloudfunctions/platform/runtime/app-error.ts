import type { FieldErrors } from '../../../shared/src/envelope/call-envelope';
import type { ErrorCode } from '../../../shared/src/envelope/error-codes';
import { DEFAULT_MESSAGE_BY_CODE } from '../../../shared/src/envelope/error-codes';

/** An expected failure a handler reports to the caller: a code and a villager-facing sentence. */
export class AppError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL'>,
    message: string = DEFAULT_MESSAGE_BY_CODE[code],
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (message?: string) => new AppError('NOT_FOUND', message);
export const forbidden = (message?: string) => new AppError('FORBIDDEN', message);
export const conflict = (message?: string) => new AppError('CONFLICT', message);
export const invalid = (fieldErrors: FieldErrors, message?: string) =>
  new AppError('VALIDATION_FAILED', message, fieldErrors);

/**
 * A service the call needs cannot serve now (not installed, not set up, refusing): the caller gets
 * INTERNAL with this sentence saying so (e.g. 朗读失败（朗读暂时用不了，请稍后再试）), not the generic one.
 * The handler logs the details; the message must hold none.
 */
export class ServiceUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServiceUnavailableError';
  }
}
