type Body = Record<string, unknown>;

/** How long a document this instance wrote or read in a committed transaction is trusted. */
export const KNOWN_DOC_TTL_MS = 5_000;
const MAX_KNOWN_DOCS = 2_000;

/**
 * Documents as this store instance last saw them committed (by collection/id), kept a few
 * seconds: an update right after (an idempotency key marked done after its step, a counter bumped
 * again) can then compare-and-set on the known `_version` at once instead of reading the document
 * first. Only a guess: the compare-and-set fails when anyone wrote the document since, and the
 * update then reads it as usual. So a stale entry costs one round trip, never a wrong write.
 */
export interface KnownDocs {
  get(name: string, id: string): Body | null;
  set(name: string, id: string, doc: Body): void;
  forget(name: string, id: string): void;
}

export function createKnownDocs(now: () => number = Date.now): KnownDocs {
  const docs = new Map<string, { doc: Body; at: number }>();
  const keyOf = (name: string, id: string) => `${name}\u0000${id}`;
  return {
    get(name, id) {
      const k = keyOf(name, id);
      const hit = docs.get(k);
      if (!hit) return null;
      if (now() - hit.at > KNOWN_DOC_TTL_MS) {
        docs.delete(k);
        return null;
      }
      return structuredClone(hit.doc);
    },
    set(name, id, doc) {
      if (docs.size >= MAX_KNOWN_DOCS) docs.clear();
      docs.set(keyOf(name, id), { doc: structuredClone(doc), at: now() });
    },
    forget(name, id) {
      docs.delete(keyOf(name, id));
    },
  };
}
