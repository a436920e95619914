import type { Collection, Doc } from '../ports/store';

/** The store's page cap: one `$in` read fetches up to this many documents. */
const PAGE = 1000;

/**
 * Documents of one collection by id, in one read per 1,000 distinct ids (`$in`) instead of one
 * `get` per id (a list's N+1 on CloudBase, one round trip per item). Missing ids are absent.
 */
export async function docsById<T>(
  collection: Collection<T>,
  ids: ReadonlyArray<string>,
): Promise<Map<string, Doc<T>>> {
  const found = new Map<string, Doc<T>>();
  const distinct = [...new Set(ids)].sort();
  for (let i = 0; i < distinct.length; i += PAGE) {
    const batch = distinct.slice(i, i + PAGE);
    const only = batch.length === 1 ? batch[0] : undefined;
    const docs =
      only !== undefined
        ? [await collection.get(only)].filter((d): d is Doc<T> => d !== null)
        : (await collection.find({ _id: { $in: batch } }, { limit: batch.length })).items;
    for (const d of docs) found.set(d._id, d);
  }
  return found;
}
