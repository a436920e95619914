import type { Filter } from '../platform/ports/store';

/** The cadres' search box: 4 trailing ID characters, or the beginning of the head's name. */
export function householdSearchFilter(q: string | undefined): Filter {
  if (!q) return {};
  if (/^\d{3}[\dXx]$/.test(q)) return { headIdLast4: q.toUpperCase() };
  return { headName: { $prefix: q } };
}
