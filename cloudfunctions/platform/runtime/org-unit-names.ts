import type { Store } from '../ports/store';
import { docsById } from './docs-by-id';
import { orgUnitsCollection } from './platform-collections';

/** Names of org units for a batch of records: one read per 1000 distinct units (`$in`). */
export async function orgUnitNames(store: Store, ids: string[]): Promise<Map<string, string>> {
  const units = await docsById(store.collection(orgUnitsCollection), ids);
  return new Map([...units].map(([id, unit]) => [id, unit.name]));
}

export async function orgUnitName(store: Store, id: string | null): Promise<string | null> {
  if (!id) return null;
  return (await orgUnitNames(store, [id])).get(id) ?? null;
}
