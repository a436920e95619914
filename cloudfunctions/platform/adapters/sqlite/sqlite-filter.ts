import type { FieldCondition, Filter, Scalar, Sort } from '../../ports/store';
import { StoreError } from '../../ports/store';

/** A SQL fragment with its bound parameters. */
export interface SqlPart {
  sql: string;
  params: unknown[];
}

const PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** The SQL expression for a document field; the same text is used by indexes so they match. */
export function fieldExpr(path: string): string {
  if (path === '_id') return 'id';
  if (path === '_version') return 'version';
  if (!PATH.test(path)) throw new StoreError('BAD_QUERY', `bad field path: ${path.slice(0, 40)}`);
  return `json_extract(doc, '$.${path}')`;
}

/** JSON booleans come out of json_extract as 1/0. */
function bindValue(v: Scalar): unknown {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' && !Number.isFinite(v)) {
    throw new StoreError('BAD_QUERY', 'non-finite number in filter');
  }
  return v;
}

function isScalar(v: unknown): v is Scalar {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}

const OPS = new Set(['$eq', '$ne', '$in', '$gt', '$gte', '$lt', '$lte', '$prefix']);

function conditionSql(expr: string, cond: FieldCondition): SqlPart {
  if (isScalar(cond)) return eqSql(expr, cond);
  if (typeof cond !== 'object' || Array.isArray(cond)) {
    throw new StoreError('BAD_QUERY', 'bad condition');
  }
  const parts: SqlPart[] = [];
  for (const [op, value] of Object.entries(cond)) {
    if (!OPS.has(op)) throw new StoreError('BAD_QUERY', `unsupported operator ${op.slice(0, 20)}`);
    if (value === undefined) continue;
    switch (op) {
      case '$eq':
        parts.push(eqSql(expr, value as Scalar));
        break;
      case '$ne':
        parts.push({ sql: `${expr} IS NOT ?`, params: [bindValue(value as Scalar)] });
        break;
      case '$in': {
        if (!Array.isArray(value)) throw new StoreError('BAD_QUERY', '$in needs an array');
        const values = value as Scalar[];
        const nonNull = values.filter((v) => v !== null);
        const ors: string[] = [];
        if (nonNull.length) ors.push(`${expr} IN (${nonNull.map(() => '?').join(', ')})`);
        if (nonNull.length !== values.length) ors.push(`${expr} IS NULL`);
        parts.push({
          sql: ors.length ? `(${ors.join(' OR ')})` : '0',
          params: nonNull.map(bindValue),
        });
        break;
      }
      case '$gt':
      case '$gte':
      case '$lt':
      case '$lte': {
        const sym = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' }[op];
        if (typeof value !== 'string' && typeof value !== 'number') {
          throw new StoreError('BAD_QUERY', `${op} needs a string or number`);
        }
        parts.push({ sql: `${expr} ${sym} ?`, params: [bindValue(value)] });
        break;
      }
      case '$prefix': {
        if (typeof value !== 'string') throw new StoreError('BAD_QUERY', '$prefix needs a string');
        // The range lets an index serve the query; substr makes the match exact.
        parts.push({
          sql: `(${expr} >= ? AND ${expr} < ? AND substr(${expr}, 1, ?) = ?)`,
          params: [value, `${value}\u{10FFFF}`, Array.from(value).length, value],
        });
        break;
      }
    }
  }
  if (!parts.length) return { sql: '1', params: [] };
  return joinParts(parts, 'AND');
}

function eqSql(expr: string, v: Scalar): SqlPart {
  if (v === null) return { sql: `${expr} IS NULL`, params: [] };
  return { sql: `${expr} = ?`, params: [bindValue(v)] };
}

function joinParts(parts: SqlPart[], op: 'AND' | 'OR'): SqlPart {
  return {
    sql:
      parts.length === 1 ? (parts[0]?.sql ?? '1') : `(${parts.map((p) => p.sql).join(` ${op} `)})`,
    params: parts.flatMap((p) => p.params),
  };
}

export function filterSql(filter: Filter | undefined): SqlPart {
  if (!filter) return { sql: '1', params: [] };
  if (typeof filter !== 'object' || Array.isArray(filter)) {
    throw new StoreError('BAD_QUERY', 'filter must be an object');
  }
  const parts: SqlPart[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value)) throw new StoreError('BAD_QUERY', `${key} needs an array`);
      const subs = value.map(filterSql);
      if (!subs.length) parts.push({ sql: key === '$and' ? '1' : '0', params: [] });
      else parts.push(joinParts(subs, key === '$and' ? 'AND' : 'OR'));
      continue;
    }
    parts.push(conditionSql(fieldExpr(key), value as FieldCondition));
  }
  return parts.length ? joinParts(parts, 'AND') : { sql: '1', params: [] };
}

/** Full sort with `_id` ascending appended as the final tie-breaker. */
export function normalizeSort(sort: Sort | undefined): Array<[string, 'asc' | 'desc']> {
  const keys = (sort ?? [])
    .filter(([f]) => f !== '_id')
    .map(([f, d]) => [f, d] as [string, 'asc' | 'desc']);
  const idKey = (sort ?? []).find(([f]) => f === '_id');
  keys.push(['_id', idKey?.[1] ?? 'asc']);
  return keys;
}

export function orderBySql(sort: Array<[string, 'asc' | 'desc']>): string {
  return sort.map(([f, d]) => `${fieldExpr(f)} ${d === 'desc' ? 'DESC' : 'ASC'}`).join(', ');
}

/**
 * Keyset condition: rows strictly after the cursor's values in the given sort order. SQLite
 * sorts NULL first ascending and last descending; null cursor values are handled accordingly.
 */
export function afterSql(sort: Array<[string, 'asc' | 'desc']>, values: unknown[]): SqlPart {
  const ors: SqlPart[] = [];
  for (let i = 0; i < sort.length; i++) {
    const ands: SqlPart[] = [];
    for (let j = 0; j < i; j++) {
      const [f] = sort[j] as [string, string];
      ands.push({ sql: `${fieldExpr(f)} IS ?`, params: [values[j] ?? null] });
    }
    const [f, d] = sort[i] as [string, 'asc' | 'desc'];
    const v = values[i] ?? null;
    const e = fieldExpr(f);
    if (d === 'asc')
      ands.push(
        v === null ? { sql: `${e} IS NOT NULL`, params: [] } : { sql: `${e} > ?`, params: [v] },
      );
    else
      ands.push(
        v === null ? { sql: '0', params: [] } : { sql: `(${e} < ? OR ${e} IS NULL)`, params: [v] },
      );
    ors.push(joinParts(ands, 'AND'));
  }
  return joinParts(ors, 'OR');
}
