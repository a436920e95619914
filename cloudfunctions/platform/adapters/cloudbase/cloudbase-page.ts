import { encodeCursor, readPath } from '../../ports/page-cursor';
import type { Doc, Sort } from '../../ports/store';
import { StoreError } from '../../ports/store';
import type { CloudbaseDb, QueryCondition } from './cloudbase-db';
import { allOf, checkPath, matchNothing } from './cloudbase-query';

export type SortKey = [field: string, direction: 'asc' | 'desc'];

/** The requested sort with `_id` appended as the final tie-breaker (ascending unless given). */
export function normalizeSort(sort: Sort | undefined): SortKey[] {
  const keys: SortKey[] = [];
  let idDirection: 'asc' | 'desc' = 'asc';
  for (const [f, d] of sort ?? []) {
    if (d !== 'asc' && d !== 'desc') throw new StoreError('BAD_QUERY', 'bad sort direction');
    if (f === '_id') idDirection = d;
    else keys.push([checkPath(f), d]);
  }
  keys.push(['_id', idDirection]);
  return keys;
}

export function cursorAfter<T>(sort: SortKey[], last: Doc<T>): string {
  return encodeCursor(sort.map(([f]) => readPath(last as Record<string, unknown>, f)));
}

/**
 * Documents strictly after the cursor values in the given order, as an OR of
 * "equal on the first i-1 keys and beyond on key i". CloudBase (MongoDB) sorts null and missing
 * values first, like SQLite: so nothing is below null, and everything non-null is above it.
 */
export function keysetCondition(
  db: CloudbaseDb,
  sort: SortKey[],
  values: unknown[],
): QueryCondition {
  const _ = db.command;
  const branches: QueryCondition[] = [];
  for (let i = 0; i < sort.length; i++) {
    const ands: QueryCondition[] = [];
    for (let j = 0; j < i; j++) {
      const [f] = sort[j] as SortKey;
      ands.push({ [f]: _.eq(values[j] ?? null) });
    }
    const [f, d] = sort[i] as SortKey;
    const v = values[i] ?? null;
    if (d === 'asc') {
      ands.push({ [f]: v === null ? _.neq(null) : _.gt(v) });
    } else {
      if (v === null) continue; // nothing sorts below null
      ands.push(_.or([{ [f]: _.lt(v) }, { [f]: _.eq(null) }]));
    }
    branches.push(allOf(db, ands));
  }
  if (branches.length === 0) return matchNothing(db);
  return branches.length === 1 ? (branches[0] as QueryCondition) : _.or(branches);
}
