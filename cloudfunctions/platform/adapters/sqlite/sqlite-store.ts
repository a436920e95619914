import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { applyUpdate, splitDoc } from '../../ports/apply-update';
import { decodeCursor, encodeCursor, readPath } from '../../ports/page-cursor';
import type {
  Collection,
  CollectionDef,
  Doc,
  Filter,
  FindOptions,
  NewDoc,
  Page,
  Store,
  Transaction,
  Update,
  UpdateOptions,
} from '../../ports/store';
import type { GroupCount } from '../../ports/store';
import { checkGroupFields, isStoreError, MAX_COUNT_GROUPS, StoreError } from '../../ports/store';
import { afterSql, fieldExpr, filterSql, normalizeSort, orderBySql } from './sqlite-filter';
import { runMigrations } from './sqlite-migrations';
import { WriteLock } from './write-lock';
import { newId } from '../../runtime/new-id';

interface Row {
  id: string;
  version: number;
  doc: string;
}

export interface SqliteStoreOptions {
  /** Database file; its folder is created. */
  file: string;
}

function table(name: string): string {
  return `c_${name}`;
}

function indexName(coll: string, fields: string[], unique: boolean): string {
  return `ix_${coll}_${unique ? 'u_' : ''}${fields.join('_').replace(/\./g, '__')}`;
}

/** Runs synchronous store code so that a throw becomes a rejected promise. */
function attempt<R>(fn: () => R): Promise<R> {
  return new Promise<R>((resolve) => resolve(fn()));
}

function toDoc<T>(row: Row): Doc<T> {
  return { ...(JSON.parse(row.doc) as T), _id: row.id, _version: row.version };
}

function sqlValue(v: unknown): unknown {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: string }).code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * The embedded Store: one SQLite file in WAL mode with `synchronous=FULL`, so a write is on
 * disk before it is acknowledged. Writes go through one connection guarded by an async lock
 * (a transaction may await between its operations); plain reads use a second connection and
 * see only committed data.
 */
export class SqliteStore implements Store {
  readonly writer: Database.Database;
  readonly reader: Database.Database;
  private readonly lock = new WriteLock();
  private readonly inTransaction = new AsyncLocalStorage<true>();
  private readonly ensured = new Set<string>();
  private readonly statements = new Map<string, Database.Statement>();
  /** Collections created inside the open transaction: kept only if it commits. */
  private readonly ensuredInTransaction = new Set<string>();

  constructor(options: SqliteStoreOptions) {
    mkdirSync(dirname(options.file), { recursive: true });
    this.writer = new Database(options.file);
    this.writer.pragma('journal_mode = WAL');
    this.writer.pragma('synchronous = FULL');
    this.writer.pragma('busy_timeout = 5000');
    // Deleted and overwritten content is zeroed, so an old version of a record (e.g. a member's
    // birth date before issue 11) does not linger in free pages of the file.
    this.writer.pragma('secure_delete = ON');
    runMigrations(this.writer);
    this.reader = new Database(options.file, { readonly: true });
    this.reader.pragma('busy_timeout = 5000');
  }

  ensureCollections(defs: ReadonlyArray<CollectionDef<unknown>>): Promise<void> {
    for (const def of defs) this.ensure(def);
    return Promise.resolve();
  }

  /**
   * Tables are rowid tables on purpose: counting through an expression index then reads the
   * index alone, where a WITHOUT ROWID table costs a primary-key seek per entry (about 100×
   * slower for the dashboard's counts on 20,000 households).
   */
  private ensure(def: CollectionDef<unknown>): void {
    if (this.ensured.has(def.name) || this.ensuredInTransaction.has(def.name)) return;
    const t = table(def.name);
    const wanted = new Map<string, string>();
    for (const ix of def.indexes) {
      const name = indexName(def.name, ix.fields, ix.unique ?? false);
      const exprs = ix.fields.map(fieldExpr).join(', ');
      wanted.set(
        name,
        `CREATE ${ix.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${name} ON ${t} (${exprs})`,
      );
    }
    this.writer.transaction(() => {
      this.writer
        .prepare(
          `CREATE TABLE IF NOT EXISTS ${t} (id TEXT PRIMARY KEY, version INTEGER NOT NULL, doc TEXT NOT NULL)`,
        )
        .run();
      const existing = this.writer
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND name LIKE 'ix_%'`,
        )
        .all(t) as Array<{ name: string }>;
      for (const { name } of existing) {
        if (!wanted.has(name)) this.writer.prepare(`DROP INDEX ${name}`).run();
      }
      for (const sql of wanted.values()) this.writer.prepare(sql).run();
      this.writer
        .prepare(
          `INSERT INTO _collections (name, indexes) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET indexes = excluded.indexes`,
        )
        .run(def.name, JSON.stringify(def.indexes));
    })();
    if (this.writer.inTransaction) this.ensuredInTransaction.add(def.name);
    else this.ensured.add(def.name);
  }

  collection<T>(def: CollectionDef<T>): Collection<T> {
    this.ensure(def);
    const t = table(def.name);
    return {
      get: (id) => attempt(() => this.getSync<T>(this.reader, t, id)),
      find: (filter, options) => attempt(() => this.findSync<T>(t, filter, options)),
      count: (filter) =>
        attempt(() => {
          const where = filterSql(filter);
          const row = this.stmt(
            this.reader,
            `SELECT COUNT(*) AS n FROM ${t} WHERE ${where.sql}`,
          ).get(...where.params) as { n: number };
          return row.n;
        }),
      countBy: (filter, fields) => attempt(() => this.countBySync(t, filter, fields)),
      insert: (doc) => this.write(() => this.insertSync(t, doc)),
      update: (id, update, options) => this.write(() => this.updateSync<T>(t, id, update, options)),
      remove: (id) => this.write(() => this.removeSync(t, id)),
    };
  }

  /**
   * One `GROUP BY` over the same expressions the indexes use, so a covering index answers it.
   * JSON booleans come out of json_extract as 1/0: each group's `json_type`, read as a bare
   * column (SQLite takes it from one row of the group, not from every row), tells them apart. A
   * field holding both `true` and `1` would group them together (no field of ours does).
   */
  private countBySync(t: string, filter: Filter | undefined, fields: readonly string[]) {
    checkGroupFields(fields);
    const where = filterSql(filter);
    const cols = fields.flatMap((f, i) => [
      `${fieldExpr(f)} AS k${i}`,
      `json_type(doc, '$.${f}') AS t${i}`,
    ]);
    const groups = fields.map((_, i) => `k${i}`).join(', ');
    const rows = this.stmt(
      this.reader,
      `SELECT ${cols.join(', ')}, COUNT(*) AS n FROM ${t} WHERE ${where.sql} GROUP BY ${groups} LIMIT ${MAX_COUNT_GROUPS + 1}`,
    ).all(...where.params) as Array<Record<string, unknown>>;
    if (rows.length > MAX_COUNT_GROUPS)
      throw new StoreError('BAD_QUERY', `countBy: more than ${MAX_COUNT_GROUPS} groups`);
    return rows.map((row): GroupCount => {
      const key: GroupCount['key'] = {};
      fields.forEach((f, i) => {
        const v = row[`k${i}`];
        const type = row[`t${i}`];
        key[f] =
          type === 'true' ? true : type === 'false' ? false : ((v ?? null) as string | number);
      });
      return { key, count: Number(row.n) };
    });
  }

  /** A single write outside a transaction waits for any open transaction to finish. */
  private async write<R>(fn: () => R): Promise<R> {
    if (this.inTransaction.getStore()) {
      throw new Error(
        'Inside store.transaction(), write through the transaction object, not a collection.',
      );
    }
    return this.lock.run(() => Promise.resolve(fn()));
  }

  async transaction<R>(fn: (tx: Transaction) => Promise<R>): Promise<R> {
    if (this.inTransaction.getStore())
      throw new Error('Nested store.transaction() is not supported.');
    return this.lock.run(() =>
      this.inTransaction.run(true, async () => {
        this.stmt(this.writer, 'BEGIN IMMEDIATE').run();
        let active = true;
        // Set by a duplicate insert: CloudBase's database (MongoDB) aborts a transaction on a
        // write error inside it, so whatever the code does next in it fails there. It fails here
        // too, so no handler passes on SQLite and breaks in production.
        let abortedBy: unknown = null;
        const aborted = () =>
          new Error('transaction aborted by an earlier refused write (as CloudBase does)', {
            cause: abortedBy,
          });
        const guard = () => {
          if (!active) throw new Error('transaction already finished');
          if (abortedBy) throw aborted();
        };
        const tx: Transaction = {
          get: <T>(def: CollectionDef<T>, id: string) => {
            guard();
            this.ensure(def);
            return Promise.resolve(this.getSync<T>(this.writer, table(def.name), id));
          },
          insert: <T>(def: CollectionDef<T>, doc: NewDoc<T> & { _id: string }) => {
            guard();
            this.ensure(def);
            try {
              return Promise.resolve(this.insertSync<T>(table(def.name), doc));
            } catch (e) {
              if (isStoreError(e, 'DUPLICATE')) abortedBy = e;
              throw e;
            }
          },
          update: <T>(
            def: CollectionDef<T>,
            id: string,
            update: Update<T>,
            options?: UpdateOptions,
          ) => {
            guard();
            this.ensure(def);
            return Promise.resolve(this.updateSync<T>(table(def.name), id, update, options));
          },
          remove: <T>(def: CollectionDef<T>, id: string) => {
            guard();
            this.ensure(def);
            return Promise.resolve(this.removeSync(table(def.name), id));
          },
        };
        try {
          const result = await fn(tx);
          active = false;
          if (abortedBy) throw aborted();
          this.stmt(this.writer, 'COMMIT').run();
          for (const name of this.ensuredInTransaction) this.ensured.add(name);
          this.ensuredInTransaction.clear();
          return result;
        } catch (e) {
          active = false;
          if (this.writer.inTransaction) this.stmt(this.writer, 'ROLLBACK').run();
          this.ensuredInTransaction.clear();
          throw e;
        }
      }),
    );
  }

  /** Prepared statements are reused: preparing costs more than running most of these queries. */
  private stmt(db: Database.Database, sql: string): Database.Statement {
    const key = `${db === this.writer ? 'w' : 'r'}:${sql}`;
    let st = this.statements.get(key);
    if (!st) {
      st = db.prepare(sql);
      if (this.statements.size > 2000) this.statements.clear();
      this.statements.set(key, st);
    }
    return st;
  }

  private getSync<T>(db: Database.Database, t: string, id: string): Doc<T> | null {
    const row = this.stmt(db, `SELECT id, version, doc FROM ${t} WHERE id = ?`).get(id) as
      Row | undefined;
    return row ? toDoc<T>(row) : null;
  }

  private insertSync<T>(t: string, doc: NewDoc<T>): Doc<T> {
    const { id, body } = splitDoc(doc);
    const docId = id ?? newId();
    const json = JSON.stringify(body);
    try {
      this.stmt(this.writer, `INSERT INTO ${t} (id, version, doc) VALUES (?, 1, ?)`).run(
        docId,
        json,
      );
    } catch (e) {
      if (isUniqueViolation(e)) throw new StoreError('DUPLICATE', `duplicate key in ${t}`);
      throw e;
    }
    return { ...(JSON.parse(json) as T), _id: docId, _version: 1 };
  }

  private updateSync<T>(t: string, id: string, update: Update<T>, options?: UpdateOptions): Doc<T> {
    const row = this.stmt(this.writer, `SELECT id, version, doc FROM ${t} WHERE id = ?`).get(id) as
      Row | undefined;
    if (!row) throw new StoreError('NOT_FOUND', `no document ${id} in ${t}`);
    if (options?.ifVersion !== undefined && options.ifVersion !== row.version) {
      throw new StoreError('VERSION_CONFLICT', `version conflict on ${t}/${id}`);
    }
    const next = applyUpdate(JSON.parse(row.doc) as Record<string, unknown>, update);
    const json = JSON.stringify(next);
    try {
      this.stmt(this.writer, `UPDATE ${t} SET version = ?, doc = ? WHERE id = ?`).run(
        row.version + 1,
        json,
        id,
      );
    } catch (e) {
      if (isUniqueViolation(e)) throw new StoreError('DUPLICATE', `duplicate key in ${t}`);
      throw e;
    }
    return { ...(JSON.parse(json) as T), _id: id, _version: row.version + 1 };
  }

  private removeSync(t: string, id: string): boolean {
    return this.stmt(this.writer, `DELETE FROM ${t} WHERE id = ?`).run(id).changes > 0;
  }

  private findSync<T>(t: string, filter: Filter | undefined, options: FindOptions = {}): Page<T> {
    const q = this.findQuery(t, filter, options);
    const rows = this.stmt(this.reader, q.sql).all(...q.params) as Row[];
    const limit = q.limit;
    const items = rows.slice(0, limit).map((r) => toDoc<T>(r));
    const last = items[items.length - 1];
    const nextCursor =
      rows.length > limit && last
        ? encodeCursor(q.sort.map(([f]) => readPath(last as Record<string, unknown>, f)))
        : null;
    return { items, nextCursor };
  }

  /** The SQL a `find` runs; exposed so tests can check the query plan uses an index. */
  findQuery(t: string, filter: Filter | undefined, options: FindOptions = {}) {
    const limit = Math.min(Math.max(Math.trunc(options.limit ?? 100), 1), 1000);
    const sort = normalizeSort(options.sort);
    const where = filterSql(filter);
    const clauses = [where];
    if (options.after !== undefined) {
      if (options.skip) throw new StoreError('BAD_QUERY', 'skip and after cannot be combined');
      const values = decodeCursor(options.after, sort.length).map(sqlValue);
      clauses.push(afterSql(sort, values));
    }
    const skip = Math.max(Math.trunc(options.skip ?? 0), 0);
    const sql = `SELECT id, version, doc FROM ${t} WHERE ${clauses.map((c) => c.sql).join(' AND ')} ORDER BY ${orderBySql(sort)} LIMIT ? OFFSET ?`;
    return { sql, params: [...clauses.flatMap((c) => c.params), limit + 1, skip], sort, limit };
  }

  /** `EXPLAIN QUERY PLAN` details for a find on a collection (for index tests). */
  explainFind(def: CollectionDef<unknown>, filter?: Filter, options?: FindOptions): string[] {
    this.ensure(def);
    const q = this.findQuery(table(def.name), filter, options);
    const rows = this.reader.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as Array<{
      detail: string;
    }>;
    return rows.map((r) => r.detail);
  }

  /**
   * Rewrites the file without free pages (VACUUM, WAL checkpointed first), so content from
   * before a rewrite of sensitive fields is gone from the disk too. Outside any transaction.
   */
  compact(): void {
    this.writer.pragma('wal_checkpoint(TRUNCATE)');
    this.writer.exec('VACUUM');
    this.writer.pragma('wal_checkpoint(TRUNCATE)');
  }

  close(): Promise<void> {
    this.reader.close();
    this.writer.close();
    return Promise.resolve();
  }
}

export function openSqliteStore(options: SqliteStoreOptions): SqliteStore {
  return new SqliteStore(options);
}
