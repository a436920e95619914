import type { Store } from '../ports/store';
import { orgUnitsCollection } from './platform-collections';

/** The store's page cap: one `$in` read names up to this many units. */
const PAGE = 1000;

/** Names of org units for a batch of records: one read per 1000 distinct units (`$in`). */
export async function orgUnitNames(store: Store, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const distinct = [...new Set(ids)].sort();
  for (let i = 0; i < distinct.length; i += PAGE) {
    const batch = distinct.slice(i, i + PAGE);
    const units =
      batch.length === 1 && batch[0] !== undefined
        ? [await store.collection(orgUnitsCollection).get(batch[0])].filter((u) => u !== null)
        : (
            await store
              .collection(orgUnitsCollection)
              .find({ _id: { $in: batch } }, { limit: batch.length })
          ).items;
    for (const unit of units) names.set(unit._id, unit.name);
  }
  return names;
}

export async function orgUnitName(store: Store, id: string | null): Promise<string | null> {
  if (!id) return null;
  return (await orgUnitNames(store, [id])).get(id) ?? null;
}
