import type { Update } from './store';
import { StoreError } from './store';

/**
 * Applies an `Update` to a document body (without `_id`/`_version`): `set` replaces whole
 * top-level fields, `unset` removes them, `inc` adds to numbers (a missing field counts as 0).
 */
export function applyUpdate<T>(
  body: Record<string, unknown>,
  update: Update<T>,
): Record<string, unknown> {
  const next: Record<string, unknown> = { ...body };
  for (const [k, v] of Object.entries(update.set ?? {})) {
    if (k === '_id' || k === '_version') throw new StoreError('BAD_QUERY', `cannot set ${k}`);
    if (v === undefined) delete next[k];
    else next[k] = v;
  }
  for (const k of update.unset ?? []) delete next[k];
  for (const [k, n] of Object.entries(update.inc ?? {})) {
    if (typeof n !== 'number' || !Number.isFinite(n))
      throw new StoreError('BAD_QUERY', `bad inc for ${k}`);
    const cur = next[k] ?? 0;
    if (typeof cur !== 'number') throw new StoreError('BAD_QUERY', `cannot inc non-number ${k}`);
    next[k] = cur + n;
  }
  return next;
}

/** Splits a stored document into its meta fields and body. */
export function splitDoc(doc: Record<string, unknown>): {
  id?: string;
  body: Record<string, unknown>;
} {
  const { _id, _version: _ignored, ...body } = doc;
  return { id: typeof _id === 'string' ? _id : undefined, body };
}
