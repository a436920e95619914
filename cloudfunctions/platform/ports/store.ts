/**
 * The Store port: collections of JSON documents with `_id` and `_version`.
 * Both adapters (SQLite, CloudBase) implement exactly these semantics and are checked by one
 * contract suite (`store-contract.suite.ts`).
 *
 * Documents are plain JSON (strings, numbers, booleans, null, arrays, objects): dates travel as
 * ISO strings. `_version` starts at 1 and grows by one on every update.
 */

export type Scalar = string | number | boolean | null;

/** Conditions on one field. A bare scalar means equality. */
export interface FieldOps {
  $eq?: Scalar;
  $ne?: Scalar;
  $in?: Scalar[];
  $gt?: string | number;
  $gte?: string | number;
  $lt?: string | number;
  $lte?: string | number;
  /** String starts with this prefix (case-sensitive). */
  $prefix?: string;
}
export type FieldCondition = Scalar | FieldOps;

/**
 * A small Mongo-like filter. Keys are field names or dotted paths into nested objects
 * (`address.villageId`); all keys must hold (AND). `$and` / `$or` combine sub-filters.
 * Matching inside arrays is not supported.
 */
export type Filter = {
  [field: string]: FieldCondition | Filter[] | undefined;
  $and?: Filter[];
  $or?: Filter[];
};

export type SortDirection = 'asc' | 'desc';
export type Sort = ReadonlyArray<readonly [field: string, direction: SortDirection]>;

export interface FindOptions {
  /** Sort keys; `_id` ascending is always appended as the final tie-breaker. */
  sort?: Sort;
  /** Page size, 1..1000 (default 100). */
  limit?: number;
  /** Offset paging (for small admin lists). Not with `after`. */
  skip?: number;
  /** Opaque cursor from a previous page's `nextCursor` (keyset pagination). */
  after?: string;
}

export interface Page<T> {
  items: Array<Doc<T>>;
  /** Cursor for the next page, or null when this page is the last one. */
  nextCursor: string | null;
}

export interface DocMeta {
  _id: string;
  _version: number;
}
export type Doc<T> = T & DocMeta;

/** What an update does. `set` replaces whole top-level fields; `unset` removes them; `inc` adds. */
export interface Update<T> {
  set?: Partial<T>;
  unset?: Array<keyof T & string>;
  inc?: Partial<Record<keyof T & string, number>>;
}

export interface UpdateOptions {
  /** Apply only if the stored `_version` equals this; otherwise `VERSION_CONFLICT`. */
  ifVersion?: number;
}

export interface IndexDef {
  /** Field names or dotted paths; compound when more than one. */
  fields: string[];
  unique?: boolean;
}

export interface CollectionDef<T> {
  readonly name: string;
  readonly indexes: readonly IndexDef[];
  /** Phantom field carrying the document type; never set at runtime. */
  readonly __type?: T;
}

export function defineCollection<T>(name: string, indexes: IndexDef[] = []): CollectionDef<T> {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`bad collection name: ${name}`);
  return { name, indexes };
}

export type NewDoc<T> = T & { _id?: string };

export interface Collection<T> {
  get(id: string): Promise<Doc<T> | null>;
  find(filter?: Filter, options?: FindOptions): Promise<Page<T>>;
  count(filter?: Filter): Promise<number>;
  /**
   * Grouped counts in one request: how many documents match `filter` for each combination of
   * the `fields`' values (SQLite `GROUP BY`, CloudBase `aggregate().match().group()`), in no
   * particular order. A missing field groups as null. Fields are plain paths (not `_id`); at most
   * MAX_COUNT_GROUPS groups, more → `BAD_QUERY` (group by something coarser).
   */
  countBy(filter: Filter | undefined, fields: readonly string[]): Promise<GroupCount[]>;
  /** Inserts; `_id` is generated when absent. An existing `_id` or unique key → `DUPLICATE`. */
  insert(doc: NewDoc<T>): Promise<Doc<T>>;
  /** Updates by id and returns the new document; a missing id → `NOT_FOUND`. */
  update(id: string, update: Update<T>, options?: UpdateOptions): Promise<Doc<T>>;
  /** Removes by id; returns whether a document was removed. */
  remove(id: string): Promise<boolean>;
}

/** Inside a transaction only document-by-id operations exist (what CloudBase supports). */
export interface Transaction {
  get<T>(def: CollectionDef<T>, id: string): Promise<Doc<T> | null>;
  insert<T>(def: CollectionDef<T>, doc: NewDoc<T> & { _id: string }): Promise<Doc<T>>;
  update<T>(
    def: CollectionDef<T>,
    id: string,
    update: Update<T>,
    options?: UpdateOptions,
  ): Promise<Doc<T>>;
  remove<T>(def: CollectionDef<T>, id: string): Promise<boolean>;
}

export interface Store {
  collection<T>(def: CollectionDef<T>): Collection<T>;
  /**
   * Runs `fn` atomically: all its writes commit together or none do. A thrown error rolls back
   * and is rethrown. Conflicting concurrent transactions are retried by the adapter or fail with
   * `VERSION_CONFLICT`; `fn` must therefore be safe to run more than once.
   */
  transaction<R>(fn: (tx: Transaction) => Promise<R>): Promise<R>;
  /** Makes sure every collection and index exists (idempotent). */
  ensureCollections(defs: ReadonlyArray<CollectionDef<unknown>>): Promise<void>;
  close(): Promise<void>;
}

/** One group of `countBy`: the fields' values (by field path) and how many documents have them. */
export interface GroupCount {
  key: Record<string, string | number | boolean | null>;
  count: number;
}

/** The most groups one `countBy` answers (CloudBase answers an aggregate with ≤ 1000 rows). */
export const MAX_COUNT_GROUPS = 1000;

/** Checks `countBy`'s fields: 1–5 distinct plain paths. */
export function checkGroupFields(fields: readonly string[]): void {
  if (fields.length < 1 || fields.length > 5 || new Set(fields).size !== fields.length)
    throw new StoreError('BAD_QUERY', 'countBy needs 1 to 5 distinct fields');
  for (const f of fields)
    if (!/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/.test(f))
      throw new StoreError('BAD_QUERY', `bad group field: ${f.slice(0, 40)}`);
}

export type StoreErrorCode = 'DUPLICATE' | 'VERSION_CONFLICT' | 'NOT_FOUND' | 'BAD_QUERY';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export function isStoreError(e: unknown, code?: StoreErrorCode): e is StoreError {
  return e instanceof StoreError && (code === undefined || e.code === code);
}
