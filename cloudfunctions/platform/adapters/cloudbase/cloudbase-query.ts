import type { FieldCondition, Filter, Scalar } from '../../ports/store';
import { StoreError } from '../../ports/store';
import type { CloudbaseDb, QueryCondition } from './cloudbase-db';

const PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const OPS = new Set(['$eq', '$ne', '$in', '$gt', '$gte', '$lt', '$lte', '$prefix']);

export function checkPath(path: string): string {
  if (!PATH.test(path)) throw new StoreError('BAD_QUERY', `bad field path: ${path.slice(0, 40)}`);
  return path;
}

function isScalar(v: unknown): v is Scalar {
  if (typeof v === 'number' && !Number.isFinite(v)) {
    throw new StoreError('BAD_QUERY', 'non-finite number in filter');
  }
  return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}

function scalar(v: unknown, op: string): Scalar {
  if (!isScalar(v)) throw new StoreError('BAD_QUERY', `${op} needs a scalar`);
  return v;
}

function ordered(v: unknown, op: string): string | number {
  if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) return v;
  throw new StoreError('BAD_QUERY', `${op} needs a string or number`);
}

/** Escapes text so that it matches itself inside a (PCRE) regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A condition no document satisfies (used for `$or: []`). */
export function matchNothing(db: CloudbaseDb): QueryCondition {
  return { _id: db.command.in([]) };
}

/** AND of conditions, without the wrapper when there are 0 or 1 of them. */
export function allOf(db: CloudbaseDb, conds: QueryCondition[]): QueryCondition {
  if (conds.length === 0) return {};
  if (conds.length === 1) return conds[0] as QueryCondition;
  return db.command.and(conds);
}

function fieldConditions(db: CloudbaseDb, path: string, cond: FieldCondition): QueryCondition[] {
  const _ = db.command;
  if (isScalar(cond)) return [{ [path]: _.eq(cond) }];
  if (typeof cond !== 'object' || Array.isArray(cond)) {
    throw new StoreError('BAD_QUERY', 'bad condition');
  }
  const out: QueryCondition[] = [];
  for (const [op, value] of Object.entries(cond)) {
    if (!OPS.has(op)) throw new StoreError('BAD_QUERY', `unsupported operator ${op.slice(0, 20)}`);
    if (value === undefined) continue;
    switch (op) {
      case '$eq':
        out.push({ [path]: _.eq(scalar(value, op)) });
        break;
      case '$ne':
        out.push({ [path]: _.neq(scalar(value, op)) });
        break;
      case '$in':
        if (!Array.isArray(value)) throw new StoreError('BAD_QUERY', '$in needs an array');
        out.push({ [path]: _.in((value as unknown[]).map((v) => scalar(v, op))) });
        break;
      case '$gt':
        out.push({ [path]: _.gt(ordered(value, op)) });
        break;
      case '$gte':
        out.push({ [path]: _.gte(ordered(value, op)) });
        break;
      case '$lt':
        out.push({ [path]: _.lt(ordered(value, op)) });
        break;
      case '$lte':
        out.push({ [path]: _.lte(ordered(value, op)) });
        break;
      case '$prefix': {
        if (typeof value !== 'string') throw new StoreError('BAD_QUERY', '$prefix needs a string');
        // db.RegExp is typed `any` by the SDK; it builds a `$regularExpression` value.
        const sdk = db as unknown as { RegExp(p: { regexp: string; options: string }): unknown };
        const re = sdk.RegExp({ regexp: `^${escapeRegExp(value)}`, options: '' });
        out.push({ [path]: re });
        break;
      }
    }
  }
  return out;
}

/** Translates a Store filter into a CloudBase `where()` condition built with `db.command`. */
export function toCloudbaseQuery(db: CloudbaseDb, filter: Filter | undefined): QueryCondition {
  if (filter === undefined) return {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw new StoreError('BAD_QUERY', 'filter must be an object');
  }
  const conds: QueryCondition[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value)) throw new StoreError('BAD_QUERY', `${key} needs an array`);
      const subs = value.map((f) => toCloudbaseQuery(db, f));
      if (key === '$and') conds.push(...subs);
      else if (subs.length === 0) conds.push(matchNothing(db));
      else conds.push(db.command.or(subs));
      continue;
    }
    conds.push(...fieldConditions(db, checkPath(key), value as FieldCondition));
  }
  return allOf(db, conds);
}
