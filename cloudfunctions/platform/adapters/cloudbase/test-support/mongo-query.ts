import { Aggregator, Query, update as mingoUpdate } from 'mingo';
import { invalidOperator, requestFailed } from './cloudbase-error-replies';

/**
 * MongoDB semantics for the fake CloudBase database, evaluated by `mingo`: queries (type-strict
 * comparison, array membership, missing vs null, BSON sort order across types), sorts,
 * projections and update operators. Only the operators CloudBase's `db.command` can send are
 * accepted; anything else is refused the way CloudBase refuses it.
 */

type Body = Record<string, unknown>;

/** Query operators `db.command` produces (query, logic and `expr`), without geo ones. */
const QUERY_OPS = new Set([
  '$eq',
  '$ne',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$in',
  '$nin',
  '$all',
  '$elemMatch',
  '$exists',
  '$size',
  '$mod',
  '$and',
  '$or',
  '$nor',
  '$not',
  '$expr',
  '$options',
  '$regex',
]);

/** Update operators `db.command` produces (`remove` → $unset, `shift` → $pop, `unshift` → $push). */
const UPDATE_OPS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$push',
  '$pop',
  '$pull',
  '$pullAll',
  '$addToSet',
]);

function isRecord(v: unknown): v is Body {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof Date) &&
    !(v instanceof RegExp)
  );
}

function checkQuery(q: unknown, where: string): void {
  if (Array.isArray(q)) {
    for (const item of q) checkQuery(item, where);
    return;
  }
  if (!isRecord(q)) return;
  for (const [k, v] of Object.entries(q)) {
    if (k.startsWith('$')) {
      if (k === '$expr') continue; // aggregation expression: mingo evaluates it as MongoDB does
      if (!QUERY_OPS.has(k)) throw invalidOperator(`unknown operator ${k} in ${where}`);
      if ((k === '$and' || k === '$or' || k === '$nor') && (!Array.isArray(v) || !v.length)) {
        // MongoDB: "$and/$or/$nor must be a nonempty array" (BadValue).
        throw requestFailed(`${k} must be a nonempty array`);
      }
    }
    checkQuery(v, where);
  }
}

export function toQuery(criteria: unknown): Query {
  const q = criteria === undefined ? {} : criteria;
  if (!isRecord(q)) throw requestFailed('query must be an object');
  checkQuery(q, 'query');
  try {
    return new Query(q);
  } catch (e) {
    throw requestFailed(e instanceof Error ? e.message : String(e));
  }
}

export interface FindSpec {
  query?: unknown;
  /** `{ field: 1 | -1 }` in priority order. */
  order?: unknown;
  projection?: unknown;
  offset?: number;
  limit: number;
}

function sortSpec(order: unknown): Record<string, 1 | -1> | undefined {
  if (order === undefined) return undefined;
  if (!isRecord(order)) throw requestFailed('order must be an object');
  for (const [f, d] of Object.entries(order)) {
    if (d !== 1 && d !== -1) throw requestFailed(`bad sort direction for ${f}`);
  }
  return order as Record<string, 1 | -1>;
}

export function find(docs: Body[], spec: FindSpec): Body[] {
  const projection = spec.projection === undefined ? undefined : spec.projection;
  if (projection !== undefined && !isRecord(projection)) {
    throw requestFailed('projection must be an object');
  }
  let cursor = toQuery(spec.query).find<Body>(docs as never[], projection);
  const sort = sortSpec(spec.order);
  if (sort) cursor = cursor.sort(sort);
  if (spec.offset) cursor = cursor.skip(spec.offset);
  return cursor.limit(spec.limit).all();
}

export function count(docs: Body[], query: unknown): number {
  const q = toQuery(query);
  return docs.filter((d) => q.test(d)).length;
}

/** The pipeline stages this fake accepts (what the Store adapter sends, and a few neighbours). */
const AGGREGATE_STAGES = new Set([
  '$match',
  '$group',
  '$limit',
  '$skip',
  '$sort',
  '$project',
  '$count',
]);

/**
 * `database.aggregateDocuments`: the stages as the SDK sends them (`{ stageKey, stageValue }`,
 * the value EJSON text), run by mingo's Aggregator. CloudBase answers at most 1000 rows.
 */
export function aggregate(docs: Body[], stages: Array<{ stageKey: string; stage: unknown }>) {
  const pipeline = stages.map(({ stageKey, stage }) => {
    if (!AGGREGATE_STAGES.has(stageKey)) throw invalidOperator(`unknown stage ${stageKey}`);
    if (stageKey === '$match') {
      if (!isRecord(stage)) throw requestFailed('$match must be an object');
      checkQuery(stage, '$match');
    }
    return { [stageKey]: stage };
  });
  try {
    return new Aggregator(pipeline).run<Body>(docs as never[]).slice(0, 1000);
  } catch (e) {
    throw requestFailed(e instanceof Error ? e.message : String(e));
  }
}

function isNumber(v: unknown): boolean {
  return typeof v === 'number';
}

function readPath(doc: unknown, path: string): unknown {
  let cur = doc;
  for (const k of path.split('.')) {
    if (!isRecord(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

/**
 * Applies a `merge: true` update (operators only, as the SDK always sends) to a copy of the
 * document, with MongoDB's refusals: `_id` is immutable, `$inc`/`$mul` need numbers, two
 * operators may not touch the same path.
 */
export function applyUpdate(doc: Body, modifier: unknown): Body {
  if (!isRecord(modifier)) throw requestFailed('update must be an object');
  for (const [op, fields] of Object.entries(modifier)) {
    if (!op.startsWith('$')) {
      throw requestFailed(`The dollar ($) prefixed field '${op}' is not valid: operators only`);
    }
    if (!UPDATE_OPS.has(op)) throw invalidOperator(`Unknown modifier: ${op}`);
    if (!isRecord(fields)) throw requestFailed(`Modifiers operate on fields but we found ${op}`);
    for (const [path, value] of Object.entries(fields)) {
      if (path === '_id' || path.startsWith('_id.')) {
        throw requestFailed(
          "Performing an update on the path '_id' would modify the immutable field '_id'",
        );
      }
      if ((op === '$inc' || op === '$mul') && !isNumber(value)) {
        throw requestFailed(`Cannot ${op.slice(1)} with non-numeric argument: {${path}: ...}`);
      }
      const current = readPath(doc, path);
      if ((op === '$inc' || op === '$mul') && current !== undefined && !isNumber(current)) {
        throw requestFailed(
          `Cannot apply ${op} to a value of non-numeric type. {_id: ${JSON.stringify(doc._id)}} has the field '${path}' of non-numeric type`,
        );
      }
    }
  }
  const next = structuredClone(doc);
  try {
    mingoUpdate(next, modifier as Parameters<typeof mingoUpdate>[1]);
  } catch (e) {
    throw requestFailed(e instanceof Error ? e.message : String(e));
  }
  return next;
}

/** A `merge: false` write (`set()`): the body replaces the document, `_id` kept. */
export function replaceDocument(id: string, body: unknown): Body {
  if (!isRecord(body)) throw requestFailed('replacement must be an object');
  for (const k of Object.keys(body)) {
    if (k.startsWith('$')) throw requestFailed(`replacement may not contain operator ${k}`);
  }
  const { _id: given, ...rest } = body;
  if (given !== undefined && given !== id) {
    throw requestFailed(
      "After applying the update, the (immutable) field '_id' was found to have been altered",
    );
  }
  return { _id: id, ...structuredClone(rest) };
}
