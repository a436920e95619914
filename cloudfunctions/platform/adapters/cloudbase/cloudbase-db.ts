import type { CloudBase } from '@cloudbase/node-sdk';

/** The SDK's database handle and its command builder (`db.command`, usually written `_`). */
export type CloudbaseDb = ReturnType<CloudBase['database']>;
export type DbCommand = CloudbaseDb['command'];
/** A condition built with `db.command` or a plain `{ field: condition }` object. */
export type QueryCondition = Record<string, unknown> | ReturnType<DbCommand['and']>;

/**
 * The doc-by-id surface of a transaction handle. `runTransaction` is typed `any` by the SDK;
 * this is the part we use, and the only part that carries the transaction id.
 */
export interface TxDocRef {
  get(): Promise<unknown>;
  update(data: object): Promise<unknown>;
  delete(): Promise<unknown>;
}
export interface TxCollectionRef {
  doc(id: string): TxDocRef;
  add(data: object): Promise<unknown>;
}
export interface TxHandle {
  collection(name: string): TxCollectionRef;
}
export interface TransactionRunner {
  /** Called as a method (it uses `this`); declared as a property only for the type. */
  runTransaction: <R>(callback: (t: TxHandle) => Promise<R>, times?: number) => Promise<R>;
}

function field(res: unknown, key: string): unknown {
  return typeof res === 'object' && res !== null
    ? (res as Record<string, unknown>)[key]
    : undefined;
}

/** Documents from a `get()` answer: a list outside transactions, one document or null inside. */
export function readDocs(res: unknown): Array<Record<string, unknown>> {
  const data = field(res, 'data');
  const list = Array.isArray(data) ? (data as unknown[]) : data == null ? [] : [data];
  return list.filter((d): d is Record<string, unknown> => typeof d === 'object' && d !== null);
}

/** A numeric field of an SDK answer (`updated`, `deleted`, `total`); 0 when absent. */
export function readCount(res: unknown, key: 'updated' | 'deleted' | 'total'): number {
  const v = field(res, key);
  return typeof v === 'number' ? v : 0;
}

export function readInsertedId(res: unknown): string {
  const id = field(res, 'id');
  if (typeof id !== 'string' || !id) throw new Error('CloudBase add() answered without an id');
  return id;
}
