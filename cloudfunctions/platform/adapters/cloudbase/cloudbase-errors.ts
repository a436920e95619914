import { StoreError } from '../../ports/store';

/** Error codes the CloudBase database answers with (seen on `TcbError.code`). */
export const CB_DUPLICATE_WRITE = 'DATABASE_DUPLICATE_WRITE';
export const CB_TRANSACTION_CONFLICT = 'DATABASE_TRANSACTION_CONFLICT';
export const CB_COLLECTION_NOT_EXIST = 'DATABASE_COLLECTION_NOT_EXIST';
export const CB_COLLECTION_ALREADY_EXIST = 'DATABASE_COLLECTION_ALREADY_EXIST';

export function sdkErrorCode(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function sdkErrorMessage(e: unknown): string {
  if (typeof e !== 'object' || e === null) return '';
  const m = (e as { message?: unknown }).message;
  return typeof m === 'string' ? m : '';
}

export function isCollectionMissing(e: unknown): boolean {
  return sdkErrorCode(e) === CB_COLLECTION_NOT_EXIST;
}

export function isCollectionAlreadyThere(e: unknown): boolean {
  return (
    sdkErrorCode(e) === CB_COLLECTION_ALREADY_EXIST ||
    /ResourceExist|Table exist|already exist/i.test(sdkErrorMessage(e))
  );
}

/** Maps the SDK's database errors onto Store codes; anything else passes through unchanged. */
export function toStoreError(e: unknown, where: string): unknown {
  switch (sdkErrorCode(e)) {
    case CB_DUPLICATE_WRITE:
      return new StoreError('DUPLICATE', `duplicate key in ${where}`);
    case CB_TRANSACTION_CONFLICT:
      return new StoreError('VERSION_CONFLICT', `transaction conflict in ${where}`);
    default:
      return e;
  }
}
