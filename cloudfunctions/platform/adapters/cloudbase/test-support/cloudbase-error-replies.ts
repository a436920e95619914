/**
 * The error answers the fake CloudBase database gives, in the shapes the real service sends
 * (`{ code, message }` in the HTTP body; `@cloudbase/node-sdk` turns any truthy `code` into a
 * `TcbError` with that code and message).
 *
 * Sources:
 * - Write conflict, and a finished or expired transaction: the real-environment tests of
 *   `@cloudbase/database` ("冲突检测", "读偏", "事务提交后, 不能进行其它操作") assert these codes
 *   and messages verbatim; the SDK's `runTransaction` retries on `DATABASE_TRANSACTION_CONFLICT`.
 * - Duplicates: CloudBase documents `DATABASE_DUPLICATE_WRITE` ("index key duplicate, for example
 *   inserting data with same _id"); MongoDB errors that CloudBase does not classify come back as
 *   `DATABASE_REQUEST_FAILED` with MongoDB's own message (e.g. "Cannot create field ..."), and a
 *   unique-index violation inside a transaction was observed on a real environment as
 *   `DATABASE_REQUEST_FAILED` (-502001) carrying `E11000 duplicate key error`.
 */
export class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const PERSISTS = 'Please check your request, but if the problem persists, contact us.';

export function transactionConflict(): FakeError {
  return new FakeError(
    'DATABASE_TRANSACTION_CONFLICT',
    `[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. ${PERSISTS}`,
  );
}

export function transactionNotExist(): FakeError {
  return new FakeError(
    'DATABASE_TRANSACTION_FAIL',
    `[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. ${PERSISTS}`,
  );
}

/** Which answer a duplicate key gets, by where it happened. */
export type DuplicateShape =
  /** `add()` outside a transaction: the documented code. */
  | 'duplicate-write'
  /** An update outside a transaction, or any write inside one: MongoDB's error passed through. */
  | 'request-failed';

export interface DuplicateKey {
  collection: string;
  index: string;
  /** `{ field: value, ... }` as MongoDB prints it. */
  key: Record<string, unknown>;
}

export function e11000({ collection, index, key }: DuplicateKey): string {
  const parts = Object.entries(key).map(([f, v]) => `${f}: ${JSON.stringify(v ?? null)}`);
  return `E11000 duplicate key error collection: tcb.${collection} index: ${index} dup key: { ${parts.join(', ')} }`;
}

export function duplicateKey(dup: DuplicateKey, shape: DuplicateShape): FakeError {
  // The exact wrapper text around MongoDB's message is not documented; the adapter must rely on
  // the code and the E11000 marker only.
  return new FakeError(
    shape === 'duplicate-write' ? 'DATABASE_DUPLICATE_WRITE' : 'DATABASE_REQUEST_FAILED',
    e11000(dup),
  );
}

/** Any other MongoDB error (bad update, bad query): passed through as a generic failure. */
export function requestFailed(message: string): FakeError {
  return new FakeError('DATABASE_REQUEST_FAILED', message);
}

export function invalidOperator(message: string): FakeError {
  return new FakeError('DATABASE_INVALID_OPERRATOR', message);
}

export function invalidParam(message: string): FakeError {
  return new FakeError('INVALID_PARAM', message);
}

export function collectionNotExist(collection: string): FakeError {
  return new FakeError(
    'DATABASE_COLLECTION_NOT_EXIST',
    `[ResourceNotFound.TableNotExist] Db or Table not exist: ${collection}. ${PERSISTS}`,
  );
}

export function collectionAlreadyExist(): FakeError {
  return new FakeError(
    'DATABASE_COLLECTION_ALREADY_EXIST',
    '[ResourceUnavailable.ResourceExist] Table exist.',
  );
}

export function requestTooLarge(bytes: number, limit: number): FakeError {
  return new FakeError(
    'EXCEED_REQUEST_SIZE_LIMIT',
    `request body of ${bytes} bytes exceeds the limit of ${limit} bytes`,
  );
}
