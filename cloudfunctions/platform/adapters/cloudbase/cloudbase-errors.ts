import { StoreError } from '../../ports/store';

/** Error codes the CloudBase database answers with (seen on `TcbError.code`). */
export const CB_DUPLICATE_WRITE = 'DATABASE_DUPLICATE_WRITE';
export const CB_REQUEST_FAILED = 'DATABASE_REQUEST_FAILED';
export const CB_TRANSACTION_CONFLICT = 'DATABASE_TRANSACTION_CONFLICT';
export const CB_COLLECTION_NOT_EXIST = 'DATABASE_COLLECTION_NOT_EXIST';
export const CB_COLLECTION_ALREADY_EXIST = 'DATABASE_COLLECTION_ALREADY_EXIST';

/** MongoDB's duplicate key error, as its message starts (code 11000). */
const E11000 = /\bE11000 duplicate key error\b/;
const CONFLICT_MARK = '[ResourceUnavailable.TransactionConflict]';

function field(e: unknown, key: string): unknown {
  return typeof e === 'object' && e !== null ? (e as Record<string, unknown>)[key] : undefined;
}

export function sdkErrorCode(e: unknown): string | undefined {
  const code = field(e, 'code');
  return typeof code === 'string' ? code : undefined;
}

/** The texts an SDK error carries: node-sdk's `message`, wx-server-sdk's `errMsg`. */
function sdkErrorTexts(e: unknown): string[] {
  return [field(e, 'message'), field(e, 'errMsg')].filter(
    (m): m is string => typeof m === 'string',
  );
}

export function isCollectionMissing(e: unknown): boolean {
  return sdkErrorCode(e) === CB_COLLECTION_NOT_EXIST;
}

export function isCollectionAlreadyThere(e: unknown): boolean {
  return (
    sdkErrorCode(e) === CB_COLLECTION_ALREADY_EXIST ||
    sdkErrorTexts(e).some((m) => /ResourceExist|Table exist|already exist/i.test(m))
  );
}

/**
 * A duplicate key, in every shape CloudBase answers one:
 * - `DATABASE_DUPLICATE_WRITE` (documented; `add()` of an existing `_id` or unique key);
 * - `DATABASE_REQUEST_FAILED` whose message carries MongoDB's `E11000 duplicate key error`
 *   (an update breaking a unique index, and any duplicate inside a transaction);
 * - the same through wx-server-sdk: `errCode` -502001 with the E11000 text in `errMsg`, or the
 *   code folded into the message; or MongoDB's numeric code 11000 itself.
 * A generic failure without the E11000 marker is not a duplicate.
 */
export function isDuplicateKey(e: unknown): boolean {
  if (sdkErrorCode(e) === CB_DUPLICATE_WRITE) return true;
  if (field(e, 'code') === 11000 || field(e, 'errCode') === 11000) return true;
  return sdkErrorTexts(e).some((m) => E11000.test(m) || m.includes(CB_DUPLICATE_WRITE));
}

/**
 * A write conflict between transactions (MongoDB's WriteConflict): `DATABASE_TRANSACTION_CONFLICT`
 * from node-sdk, or wx-server-sdk's -501001 whose `errMsg` carries the conflict marker.
 */
export function isTransactionConflict(e: unknown): boolean {
  return (
    sdkErrorCode(e) === CB_TRANSACTION_CONFLICT ||
    sdkErrorTexts(e).some((m) => m.includes(CONFLICT_MARK))
  );
}

/** Maps the SDK's database errors onto Store codes; anything else passes through unchanged. */
export function toStoreError(e: unknown, where: string): unknown {
  if (isDuplicateKey(e)) return new StoreError('DUPLICATE', `duplicate key in ${where}`);
  if (isTransactionConflict(e)) {
    return new StoreError('VERSION_CONFLICT', `transaction conflict in ${where}`);
  }
  return e;
}
