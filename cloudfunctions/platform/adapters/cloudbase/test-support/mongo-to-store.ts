import type { FieldOps, Filter, Scalar, Sort } from '../../../ports/store';
import { RegexLiteral } from './ejson-codec';

/**
 * Translates the MongoDB-style query the CloudBase SDK sends into the Store `Filter` the
 * fake's SQLite backing store evaluates. The fake keeps each CloudBase document under the
 * field `d` (so `_version` stays an ordinary field of it); `_id` is the backing store's id.
 * Anything outside the subset is refused loudly, so the adapter cannot rely on it unnoticed.
 */
export class UnsupportedQuery extends Error {}

const COMPARE = new Set(['$eq', '$ne', '$in', '$gt', '$gte', '$lt', '$lte']);
const REGEX_SPECIAL = new Set([...'.*+?^${}()|[]\\/-']);

export function storePath(field: string): string {
  return field === '_id' ? '_id' : `d.${field}`;
}

function isScalar(v: unknown): v is Scalar {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}

/** `^` followed by an escaped literal → that literal; anything else is unsupported. */
export function prefixOf(re: RegexLiteral): string {
  if (re.options !== '' || !re.pattern.startsWith('^')) {
    throw new UnsupportedQuery(`regex ${re.pattern} is not an anchored literal prefix`);
  }
  let out = '';
  const chars = Array.from(re.pattern.slice(1));
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === '\\') {
      const next = chars[++i];
      if (next === undefined || !REGEX_SPECIAL.has(next)) {
        throw new UnsupportedQuery(`regex escape \\${next ?? ''} not supported`);
      }
      out += next;
    } else if (REGEX_SPECIAL.has(c)) {
      throw new UnsupportedQuery(`regex metacharacter ${c} not supported`);
    } else {
      out += c;
    }
  }
  return out;
}

function fieldFilter(field: string, cond: unknown): Filter {
  const path = storePath(field);
  if (cond instanceof RegexLiteral) return { [path]: { $prefix: prefixOf(cond) } };
  if (isScalar(cond)) return { [path]: cond };
  if (typeof cond !== 'object' || Array.isArray(cond)) {
    throw new UnsupportedQuery(`condition on ${field} not supported`);
  }
  const ops: FieldOps = {};
  for (const [op, v] of Object.entries(cond as Record<string, unknown>)) {
    if (!COMPARE.has(op)) throw new UnsupportedQuery(`operator ${op} not supported`);
    if (op === '$in') {
      if (!Array.isArray(v) || !v.every(isScalar)) throw new UnsupportedQuery('$in needs scalars');
      ops.$in = v;
    } else if (op === '$eq' || op === '$ne') {
      if (!isScalar(v)) throw new UnsupportedQuery(`${op} needs a scalar`);
      ops[op] = v;
    } else {
      if (typeof v !== 'string' && typeof v !== 'number') {
        throw new UnsupportedQuery(`${op} needs a string or number`);
      }
      ops[op as '$gt' | '$gte' | '$lt' | '$lte'] = v;
    }
  }
  return { [path]: ops };
}

export function toStoreFilter(query: unknown): Filter {
  if (query === undefined) return {};
  if (typeof query !== 'object' || query === null || Array.isArray(query)) {
    throw new UnsupportedQuery('query must be an object');
  }
  const parts: Filter[] = [];
  for (const [k, v] of Object.entries(query as Record<string, unknown>)) {
    if (k === '$and' || k === '$or') {
      if (!Array.isArray(v)) throw new UnsupportedQuery(`${k} needs an array`);
      parts.push({ [k]: v.map(toStoreFilter) });
    } else if (k.startsWith('$')) {
      throw new UnsupportedQuery(`top-level ${k} not supported`);
    } else {
      parts.push(fieldFilter(k, v));
    }
  }
  return parts.length === 1 ? (parts[0] as Filter) : { $and: parts };
}

/** `order` arrives as EJSON of `{ field: 1 | -1, ... }` in priority order. */
export function toStoreSort(order: unknown): Sort {
  if (order === undefined) return [];
  if (typeof order !== 'object' || order === null) throw new UnsupportedQuery('bad order');
  return Object.entries(order as Record<string, unknown>).map(([f, d]) => {
    if (d !== 1 && d !== -1) throw new UnsupportedQuery(`bad direction for ${f}`);
    return [storePath(f), d === 1 ? 'asc' : 'desc'] as const;
  });
}
