import type { Update } from '../../ports/store';
import { StoreError } from '../../ports/store';
import type { DbCommand } from './cloudbase-db';

/**
 * Builds the SDK update for a Store `Update`, given the body before and after (computed with
 * the shared `applyUpdate`). A pure `inc` becomes `_.inc(n)`; every other touched field is
 * written whole with `_.set(value)` — a plain object would be merged key by key by CloudBase —
 * or removed with `_.remove()`. `_version` is set to `version`.
 */
export function toCloudbaseUpdate<T>(
  _: DbCommand,
  update: Update<T>,
  next: Record<string, unknown>,
  version: number,
): Record<string, unknown> {
  const setKeys = new Set(Object.keys(update.set ?? {}));
  const unsetKeys = new Set<string>(update.unset ?? []);
  const incKeys = new Set(Object.keys(update.inc ?? {}));
  const data: Record<string, unknown> = {};
  for (const k of new Set([...setKeys, ...unsetKeys, ...incKeys])) {
    if (k === '_id' || k === '_version' || k.includes('.') || k.startsWith('$') || !k) {
      throw new StoreError('BAD_QUERY', `cannot update field ${k.slice(0, 40)}`);
    }
    const pureInc = incKeys.has(k) && !setKeys.has(k) && !unsetKeys.has(k);
    if (pureInc) data[k] = _.inc((update.inc as Record<string, number>)[k] ?? 0);
    else if (k in next) data[k] = _.set(next[k]);
    else data[k] = _.remove();
  }
  data._version = _.set(version);
  return data;
}
