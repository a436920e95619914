import { randomBytes } from 'node:crypto';
import type { DuplicateShape } from './cloudbase-error-replies';
import {
  collectionAlreadyExist,
  collectionNotExist,
  duplicateKey,
  transactionConflict,
  transactionNotExist,
} from './cloudbase-error-replies';

/**
 * The in-memory document store behind the fake CloudBase server, with MongoDB's (WiredTiger's)
 * concurrency rules as CloudBase exposes them:
 * - every committed write gets a timestamp; a transaction reads the snapshot of its start plus
 *   its own writes, never other writers' later commits;
 * - a transaction that writes a document another open transaction has written, or that changed
 *   after its snapshot, fails at once with a write conflict (first writer wins) and is aborted;
 * - a write outside transactions to a document an open transaction has written waits until that
 *   transaction ends (MongoDB blocks it on the document lock);
 * - `_id` and every unique index are enforced, missing fields indexed as null, arrays per
 *   element, as MongoDB does; an index exists only once it was created (setup:cloudbase);
 * - a transaction lives at most `transactionLifetimeMs` (CloudBase: 30 s), then is aborted.
 */

export type Body = Record<string, unknown>;

export interface UniqueIndex {
  name: string;
  fields: string[];
}

interface Version {
  ts: number;
  doc: Body | null;
}

interface Collection {
  uniques: UniqueIndex[];
  versions: Map<string, Version[]>;
}

interface Txn {
  snapshot: number;
  /** Pending writes by `coll\0id`; null deletes. */
  writes: Map<string, { coll: string; id: string; doc: Body | null }>;
  timer: NodeJS.Timeout;
  ended: Promise<void>;
  end: () => void;
}

/** Thrown by a write that must wait for a transaction holding the document. */
export class Blocked extends Error {
  constructor(readonly until: Promise<void>) {
    super('blocked by an open transaction');
  }
}

const ID_INDEX: UniqueIndex = { name: '_id_', fields: ['_id'] };

function isRecord(v: unknown): v is Body {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** Values of a path, through nested objects and arrays (MongoDB multikey); missing → null. */
function pathValues(doc: unknown, keys: string[]): unknown[] {
  if (!keys.length) return Array.isArray(doc) ? (doc.length ? doc : [null]) : [doc ?? null];
  if (Array.isArray(doc)) return doc.flatMap((el) => pathValues(el, keys));
  if (!isRecord(doc)) return [null];
  const [head, ...rest] = keys as [string, ...string[]];
  return pathValues(doc[head], rest);
}

/** A type-aware key: 1 and 1.0 are one key, 1 and '1' and true are three. */
function keyPart(v: unknown): string {
  if (v === null || v === undefined) return 'n';
  if (typeof v === 'number') return `d:${v}`;
  if (typeof v === 'string') return `s:${v}`;
  if (typeof v === 'boolean') return `b:${v}`;
  if (v instanceof Date) return `t:${v.getTime()}`;
  return `o:${JSON.stringify(v)}`;
}

function indexKeys(doc: Body, ix: UniqueIndex): Array<{ key: string; values: unknown[] }> {
  let combos: unknown[][] = [[]];
  for (const f of ix.fields) {
    const vals = [...new Map(pathValues(doc, f.split('.')).map((v) => [keyPart(v), v])).values()];
    combos = combos.flatMap((c) => vals.map((v) => [...c, v]));
  }
  return combos.map((values) => ({ key: JSON.stringify(values.map(keyPart)), values }));
}

export interface DocumentDatabaseOptions {
  transactionLifetimeMs?: number;
}

export class DocumentDatabase {
  private clock = 0;
  private readonly collections = new Map<string, Collection>();
  private readonly txns = new Map<string, Txn>();
  /** `coll\0id` → the open transaction holding its write lock. */
  private readonly locks = new Map<string, string>();
  private readonly lifetimeMs: number;

  constructor(options: DocumentDatabaseOptions = {}) {
    this.lifetimeMs = options.transactionLifetimeMs ?? 30_000;
  }

  // ---- collections and indexes ----

  createCollection(name: string): void {
    if (this.collections.has(name)) throw collectionAlreadyExist();
    this.collections.set(name, { uniques: [], versions: new Map() });
  }

  /** What the console / management API does: the collection's unique indexes become these. */
  setUniqueIndexes(name: string, uniques: UniqueIndex[]): void {
    const c = this.collections.get(name) ?? { uniques: [], versions: new Map() };
    c.uniques = uniques;
    this.collections.set(name, c);
  }

  private coll(name: string): Collection {
    const c = this.collections.get(name);
    if (!c) throw collectionNotExist(name);
    return c;
  }

  // ---- reads ----

  private visible(c: Collection, id: string, ts: number): Body | null {
    const vs = c.versions.get(id);
    if (!vs) return null;
    for (let i = vs.length - 1; i >= 0; i--) {
      const v = vs[i] as Version;
      if (v.ts <= ts) return v.doc;
    }
    return null;
  }

  private latestTs(c: Collection, id: string): number {
    const vs = c.versions.get(id);
    return vs?.length ? (vs[vs.length - 1] as Version).ts : 0;
  }

  /** Every document the reader sees (copies), in `_id` order like a collection scan. */
  documents(name: string, txnId?: string): Body[] {
    const c = this.coll(name);
    const txn = txnId === undefined ? undefined : this.txn(txnId);
    const ts = txn ? txn.snapshot : this.clock;
    const out = new Map<string, Body>();
    for (const id of c.versions.keys()) {
      const d = this.visible(c, id, ts);
      if (d) out.set(id, d);
    }
    if (txn) {
      for (const w of txn.writes.values()) {
        if (w.coll !== name) continue;
        if (w.doc) out.set(w.id, w.doc);
        else out.delete(w.id);
      }
    }
    return [...out.values()].map((d) => structuredClone(d));
  }

  get(name: string, id: string, txnId?: string): Body | null {
    const c = this.coll(name);
    if (txnId !== undefined) {
      const txn = this.txn(txnId);
      const own = txn.writes.get(`${name}\u0000${id}`);
      if (own) return own.doc && structuredClone(own.doc);
      const d = this.visible(c, id, txn.snapshot);
      return d && structuredClone(d);
    }
    const d = this.visible(c, id, this.clock);
    return d && structuredClone(d);
  }

  // ---- writes ----

  /**
   * Before a plain multi-document write: waits (throws `Blocked`) while an open transaction
   * holds any of the documents, so that the write is never applied halfway and then repeated.
   */
  checkUnlocked(name: string, ids: string[]): void {
    for (const id of ids) {
      const holder = this.locks.get(`${name}\u0000${id}`);
      if (holder !== undefined) throw new Blocked(this.txn(holder).ended);
    }
  }

  /**
   * Writes one document (`doc` null deletes). `insert` refuses an existing `_id`. Outside a
   * transaction the write commits at once; inside, it is buffered under the document's lock.
   */
  write(
    name: string,
    id: string,
    doc: Body | null,
    opts: { txnId?: string; insert?: boolean; shape: DuplicateShape },
  ): void {
    const c = this.coll(name);
    const k = `${name}\u0000${id}`;
    if (opts.txnId === undefined) {
      const holder = this.locks.get(k);
      if (holder !== undefined) throw new Blocked(this.txn(holder).ended);
      if (opts.insert && this.visible(c, id, this.clock)) {
        throw duplicateKey({ collection: name, index: '_id_', key: { _id: id } }, opts.shape);
      }
      if (doc) this.checkUnique(name, c, id, doc, undefined, opts.shape);
      this.commitOne(c, id, doc, ++this.clock);
      return;
    }
    const txnId = opts.txnId;
    const txn = this.txn(txnId);
    const holder = this.locks.get(k);
    if ((holder !== undefined && holder !== txnId) || this.latestTs(c, id) > txn.snapshot) {
      throw transactionConflict();
    }
    if (opts.insert && this.get(name, id, txnId)) {
      throw duplicateKey({ collection: name, index: '_id_', key: { _id: id } }, opts.shape);
    }
    if (doc) this.checkUnique(name, c, id, doc, txnId, opts.shape);
    this.locks.set(k, txnId);
    txn.writes.set(k, { coll: name, id, doc: doc && structuredClone(doc) });
  }

  /**
   * Unique keys of `doc` against every other document: a visible holder is a duplicate; a
   * holder the reader cannot see (another transaction's pending write, or a commit after the
   * snapshot) is a write conflict inside a transaction, and makes a plain write wait.
   */
  private checkUnique(
    name: string,
    c: Collection,
    id: string,
    doc: Body,
    txnId: string | undefined,
    shape: DuplicateShape,
  ): void {
    const txn = txnId === undefined ? undefined : this.txn(txnId);
    for (const ix of c.uniques) {
      if (ix.fields.length === 1 && ix.fields[0] === ID_INDEX.fields[0]) continue;
      const mine = indexKeys(doc, ix);
      const clash = (other: Body) => {
        const theirs = new Set(indexKeys(other, ix).map((e) => e.key));
        return mine.find((e) => theirs.has(e.key));
      };
      const duplicate = (hit: { values: unknown[] }) =>
        duplicateKey(
          {
            collection: name,
            index: ix.name,
            key: Object.fromEntries(ix.fields.map((f, i) => [f, hit.values[i]])),
          },
          shape,
        );
      // Other transactions' pending writes.
      for (const [otherId, other] of this.txns) {
        if (otherId === txnId) continue;
        for (const w of other.writes.values()) {
          if (w.coll !== name || w.id === id || !w.doc || !clash(w.doc)) continue;
          if (txn) throw transactionConflict();
          throw new Blocked(other.ended);
        }
      }
      // Committed documents, and this transaction's own writes.
      const seen = new Set<string>();
      if (txn) {
        for (const w of txn.writes.values()) {
          if (w.coll !== name || w.id === id) continue;
          seen.add(w.id);
          const hit = w.doc && clash(w.doc);
          if (hit) throw duplicate(hit);
        }
      }
      for (const otherId of c.versions.keys()) {
        if (otherId === id || seen.has(otherId)) continue;
        const latest = this.visible(c, otherId, this.clock);
        const hitLatest = latest && clash(latest);
        if (!txn) {
          if (hitLatest) throw duplicate(hitLatest);
          continue;
        }
        const snap = this.visible(c, otherId, txn.snapshot);
        const hitSnap = snap && clash(snap);
        if (hitLatest && this.latestTs(c, otherId) > txn.snapshot) throw transactionConflict();
        if (hitSnap && hitLatest) throw duplicate(hitSnap);
      }
    }
  }

  private commitOne(c: Collection, id: string, doc: Body | null, ts: number): void {
    const vs = c.versions.get(id) ?? [];
    vs.push({ ts, doc: doc && structuredClone(doc) });
    // Keep only the versions an open snapshot can still see.
    const oldest = Math.min(this.clock, ...[...this.txns.values()].map((t) => t.snapshot));
    while (vs.length > 1 && (vs[1] as Version).ts <= oldest) vs.shift();
    if (vs.length === 1 && vs[0]?.doc === null && !this.txns.size) c.versions.delete(id);
    else c.versions.set(id, vs);
  }

  // ---- transactions ----

  startTransaction(): string {
    const id = `fake-tx-${randomBytes(12).toString('hex')}`;
    let end = () => undefined as void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const timer = setTimeout(() => this.abort(id), this.lifetimeMs);
    timer.unref();
    this.txns.set(id, { snapshot: this.clock, writes: new Map(), timer, ended, end });
    return id;
  }

  private txn(id: string): Txn {
    const t = this.txns.get(id);
    if (!t) throw transactionNotExist();
    return t;
  }

  commit(id: string): void {
    const txn = this.txn(id);
    const ts = ++this.clock;
    this.finish(id, txn);
    for (const w of txn.writes.values()) this.commitOne(this.coll(w.coll), w.id, w.doc, ts);
  }

  /** Aborts (idempotent): MongoDB aborts a transaction on any error inside it. */
  abort(id: string): void {
    const txn = this.txns.get(id);
    if (txn) this.finish(id, txn);
  }

  isOpen(id: string): boolean {
    return this.txns.has(id);
  }

  private finish(id: string, txn: Txn): void {
    clearTimeout(txn.timer);
    this.txns.delete(id);
    for (const k of txn.writes.keys()) if (this.locks.get(k) === id) this.locks.delete(k);
    txn.end();
  }

  close(): void {
    for (const [id, txn] of [...this.txns]) this.finish(id, txn);
  }
}
