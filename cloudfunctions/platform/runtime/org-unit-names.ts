import type { Store } from '../ports/store';
import { orgUnitsCollection } from './platform-collections';

/** Names of org units for a batch of records, one read per distinct unit. */
export async function orgUnitNames(store: Store, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(ids)) {
    const unit = await store.collection(orgUnitsCollection).get(id);
    if (unit) names.set(id, unit.name);
  }
  return names;
}

export async function orgUnitName(store: Store, id: string | null): Promise<string | null> {
  if (!id) return null;
  return (await orgUnitNames(store, [id])).get(id) ?? null;
}
