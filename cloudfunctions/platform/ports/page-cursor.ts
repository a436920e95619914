import { StoreError } from './store';

/**
 * Opaque keyset cursors shared by both adapters: the last item's sort values and `_id`,
 * as base64url JSON. Tampered cursors are a `BAD_QUERY`, never a crash.
 */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, expectedLength: number): unknown[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === expectedLength &&
      parsed.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
    ) {
      return parsed as unknown[];
    }
  } catch {
    // fall through to the error below
  }
  throw new StoreError('BAD_QUERY', 'bad cursor');
}

/** Reads a dotted path from a document, for building the next cursor. */
export function readPath(doc: Record<string, unknown>, path: string): unknown {
  let cur: unknown = doc;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return null;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur === undefined ? null : cur;
}
