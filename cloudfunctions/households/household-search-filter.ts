import type { Filter } from '../platform/ports/store';
import type { DataKeys } from '../platform/runtime/sealed-value';
import { idLast4Hash } from '../platform/runtime/sealed-value';

/** The cadres' search box: 4 trailing ID characters (matched by keyed hash), or the beginning of the head's name. */
export function householdSearchFilter(q: string | undefined, keys: DataKeys): Filter {
  if (!q) return {};
  if (/^\d{3}[\dXx]$/.test(q)) return { headIdLast4Hash: idLast4Hash(q, keys) };
  return { headName: { $prefix: q } };
}
