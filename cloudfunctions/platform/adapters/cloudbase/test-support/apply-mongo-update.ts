import { UnsupportedQuery } from './mongo-to-store';

type Body = Record<string, unknown>;

function clone<T>(v: T): T {
  return structuredClone(v);
}

function parentOf(doc: Body, path: string, create: boolean): [Body | null, string] {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let cur: Body = doc;
  for (const k of keys) {
    const next = cur[k];
    if (typeof next === 'object' && next !== null && !Array.isArray(next)) {
      cur = next as Body;
    } else if (next === undefined && create) {
      const made: Body = {};
      cur[k] = made;
      cur = made;
    } else if (next === undefined) {
      return [null, last];
    } else {
      throw new UnsupportedQuery(`cannot traverse ${k} in ${path}`);
    }
  }
  return [cur, last];
}

/**
 * Applies the update operators CloudBase's `modifyDocument` receives (`merge: true`) to a
 * document body, with MongoDB's semantics for the ones the adapter can produce.
 */
export function applyMongoUpdate(body: Body, update: unknown): Body {
  if (typeof update !== 'object' || update === null || Array.isArray(update)) {
    throw new UnsupportedQuery('update must be an object');
  }
  const doc = clone(body);
  const touched = new Set<string>();
  for (const [op, fields] of Object.entries(update as Record<string, unknown>)) {
    if (typeof fields !== 'object' || fields === null) throw new UnsupportedQuery(`bad ${op}`);
    for (const [path, value] of Object.entries(fields as Record<string, unknown>)) {
      if (path === '_id') throw new UnsupportedQuery('cannot modify _id');
      for (const t of touched) {
        if (t === path || t.startsWith(`${path}.`) || path.startsWith(`${t}.`)) {
          throw new UnsupportedQuery(`conflicting update paths ${t} and ${path}`);
        }
      }
      touched.add(path);
      switch (op) {
        case '$set': {
          const [parent, key] = parentOf(doc, path, true);
          if (parent) parent[key] = clone(value);
          break;
        }
        case '$unset': {
          const [parent, key] = parentOf(doc, path, false);
          if (parent) delete parent[key];
          break;
        }
        case '$inc':
        case '$mul': {
          if (typeof value !== 'number') throw new UnsupportedQuery(`${op} needs a number`);
          const [parent, key] = parentOf(doc, path, true);
          if (!parent) break;
          const cur = parent[key];
          if (cur !== undefined && typeof cur !== 'number') {
            throw new UnsupportedQuery(`${op} on non-number ${path}`);
          }
          parent[key] = op === '$inc' ? (cur ?? 0) + value : (cur ?? 0) * value;
          break;
        }
        default:
          throw new UnsupportedQuery(`update operator ${op} not supported`);
      }
    }
  }
  return doc;
}
