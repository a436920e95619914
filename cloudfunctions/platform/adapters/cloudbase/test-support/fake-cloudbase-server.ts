import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IndexPlan, IndexProvisioner } from '../index-plan';
import type { DuplicateShape } from './cloudbase-error-replies';
import {
  FakeError,
  invalidParam,
  requestFailed,
  requestTooLarge,
  transactionNotExist,
} from './cloudbase-error-replies';
import type { Body } from './document-database';
import { Blocked, DocumentDatabase } from './document-database';
import { decodeEjson, encodeEjson } from './ejson-codec';
import { aggregate, applyUpdate, count, find, replaceDocument } from './mongo-query';

/**
 * A local stand-in for the CloudBase database HTTP API, for tests of the real SDK. It answers
 * the POSTs `@cloudbase/node-sdk` sends to `serviceUrl` by decoding their EJSON and evaluating
 * them with MongoDB semantics (mingo) over an in-memory document database with snapshot
 * transactions, write conflicts and unique indexes (`document-database.ts`), and answers errors
 * in CloudBase's shapes (`cloudbase-error-replies.ts`). Documented limits hold: a query returns
 * at most 1000 documents (100 without a limit), a request body at most `maxRequestBytes`.
 */

export interface RecordedRequest {
  action: string;
  /** The request body as sent (EJSON fields still strings). */
  body: Record<string, unknown>;
}

export interface FakeCloudbaseServerOptions {
  /** CloudBase aborts a transaction not finished within 30 s. */
  transactionLifetimeMs?: number;
  /**
   * Largest request body accepted (EXCEED_REQUEST_SIZE_LIMIT above it). CloudBase's limit for a
   * database write from a cloud function is reported as 5 MB.
   */
  maxRequestBytes?: number;
  /**
   * Milliseconds every request waits before it is answered: the network round trip between a
   * cloud function and the database (10–30 ms on CloudBase), for benches. Default 0.
   */
  latencyMs?: number;
  /**
   * Plays WeChat for cloud calls (云调用) sent to the same service URL (`action: 'wx.api'`, see
   * fake-wx-openapi-server.ts): given the API name and its request, WeChat's JSON answer.
   */
  answerWxApi?: (apiName: string, requestData: Record<string, unknown>) => Record<string, unknown>;
}

export interface FakeCloudbaseServer {
  url: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Stands in for the console / management API that creates indexes. */
  indexProvisioner: IndexProvisioner;
  /** Changes the simulated round trip from now on (see `latencyMs`). */
  setLatencyMs(ms: number): void;
  close(): Promise<void>;
}

/** The server SDK's documented page cap, also enforced by the service. */
export const MAX_QUERY_LIMIT = 1000;
const DEFAULT_QUERY_LIMIT = 100;

function newId(): string {
  return randomBytes(16).toString('hex');
}

function str(v: unknown, what: string): string {
  if (typeof v !== 'string' || !v) throw invalidParam(`missing ${what}`);
  return v;
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => {
      if (size > limit) reject(requestTooLarge(size, limit));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function optionalEjson(v: unknown): unknown {
  return v === undefined ? undefined : decodeEjson(v);
}

function txnIdOf(body: Body): string | undefined {
  return body.transactionId === undefined ? undefined : str(body.transactionId, 'transactionId');
}

/** The single document id a doc-by-id request names. */
function docIdOf(body: Body): string | undefined {
  if (body.queryType !== 'DOC') return undefined;
  const q = decodeEjson(body.query) as { _id?: unknown } | null;
  return typeof q?._id === 'string' ? q._id : undefined;
}

export async function startFakeCloudbaseServer(
  options: FakeCloudbaseServerOptions = {},
): Promise<FakeCloudbaseServer> {
  const db = new DocumentDatabase({ transactionLifetimeMs: options.transactionLifetimeMs });
  const maxRequestBytes = options.maxRequestBytes ?? 5 * 1024 * 1024;
  const requests: RecordedRequest[] = [];
  let latencyMs = options.latencyMs ?? 0;

  /** Documents a request's query selects, as the reader sees them. */
  function selected(coll: string, body: Body, txnId: string | undefined, multi: boolean) {
    const id = docIdOf(body);
    if (id !== undefined) {
      const d = db.get(coll, id, txnId);
      return d ? [d] : [];
    }
    const docs = find(db.documents(coll, txnId), {
      query: optionalEjson(body.query),
      limit: multi ? Number.MAX_SAFE_INTEGER : 1,
    });
    return docs;
  }

  const actions: Record<string, (body: Body) => Body> = {
    'database.addCollection': (body) => {
      const coll = str(body.collectionName, 'collectionName');
      if (!/^[a-zA-Z][a-zA-Z0-9_-]*$/.test(coll)) throw invalidParam('bad collection name');
      db.createCollection(coll);
      return {};
    },

    'database.getDocument': (body) => {
      const coll = str(body.collectionName, 'collectionName');
      const txnId = txnIdOf(body);
      const asked = typeof body.limit === 'number' ? body.limit : DEFAULT_QUERY_LIMIT;
      const limit = Math.min(Math.max(asked, 1), MAX_QUERY_LIMIT);
      const offset = typeof body.offset === 'number' ? body.offset : 0;
      const id = docIdOf(body);
      const list =
        id !== undefined
          ? [db.get(coll, id, txnId)].filter((d): d is Body => d !== null)
          : find(db.documents(coll, txnId), {
              query: optionalEjson(body.query),
              order: optionalEjson(body.order),
              projection: optionalEjson(body.projection),
              offset,
              limit,
            });
      return { data: { list: list.map(encodeEjson), limit, offset } };
    },

    'database.calculateDocument': (body) => {
      const coll = str(body.collectionName, 'collectionName');
      return {
        data: { total: count(db.documents(coll, txnIdOf(body)), optionalEjson(body.query)) },
      };
    },

    'database.aggregateDocuments': (body) => {
      const coll = str(body.collectionName, 'collectionName');
      if (!Array.isArray(body.stages)) throw invalidParam('stages must be a list');
      const stages = body.stages.map((s: unknown) => {
        const st = s as { stageKey?: unknown; stageValue?: unknown };
        return {
          stageKey: str(st.stageKey, 'stageKey'),
          stage: decodeEjson(str(st.stageValue, 'stageValue')),
        };
      });
      return {
        data: { list: aggregate(db.documents(coll, txnIdOf(body)), stages).map(encodeEjson) },
      };
    },

    'database.insertDocument': (body) => {
      const coll = str(body.collectionName, 'collectionName');
      if (!Array.isArray(body.data)) throw invalidParam('data must be a list');
      const txnId = txnIdOf(body);
      const shape: DuplicateShape = txnId === undefined ? 'duplicate-write' : 'request-failed';
      const docs = body.data.map((text) => decodeEjson(text) as Body);
      const ids: string[] = [];
      // MongoDB's ordered insertMany: documents before a failing one stay inserted.
      for (const d of docs) {
        const id = typeof d._id === 'string' ? d._id : newId();
        db.write(coll, id, { ...d, _id: id }, { txnId, insert: true, shape });
        ids.push(id);
      }
      return { data: { insertedIds: ids } };
    },

    'database.modifyDocument': (body) => {
      const coll = str(body.collectionName, 'collectionName');
      const txnId = txnIdOf(body);
      const shape: DuplicateShape = 'request-failed';
      const data = decodeEjson(body.data);
      const replace = body.merge === false;
      const targets = selected(coll, body, txnId, body.multi !== false);
      if (!targets.length && replace && body.upsert === true) {
        const id = docIdOf(body) ?? newId();
        db.write(coll, id, replaceDocument(id, data), { txnId, insert: true, shape });
        return { data: { updated: 0, upsert_id: id } };
      }
      if (txnId === undefined)
        db.checkUnlocked(
          coll,
          targets.map((d) => d._id as string),
        );
      let updated = 0;
      for (const doc of targets) {
        const id = doc._id as string;
        const next = replace ? replaceDocument(id, data) : applyUpdate(doc, data);
        db.write(coll, id, next, { txnId, shape });
        updated++;
      }
      return { data: { updated, upsert_id: null } };
    },

    'database.removeDocument': (body) => {
      const coll = str(body.collectionName, 'collectionName');
      const txnId = txnIdOf(body);
      const targets = selected(coll, body, txnId, body.multi !== false);
      if (txnId === undefined)
        db.checkUnlocked(
          coll,
          targets.map((d) => d._id as string),
        );
      for (const doc of targets) {
        db.write(coll, doc._id as string, null, { txnId, shape: 'request-failed' });
      }
      return { data: { deleted: targets.length } };
    },

    'database.startTransaction': () => ({ transactionId: db.startTransaction() }),

    'database.commitTransaction': (body) => {
      const id = txnIdOf(body);
      if (id === undefined) throw invalidParam('missing transactionId');
      db.commit(id);
      return {};
    },

    'database.abortTransaction': (body) => {
      const id = txnIdOf(body);
      if (id === undefined || !db.isOpen(id)) throw transactionNotExist();
      db.abort(id);
      return {};
    },
  };

  async function handle(raw: string): Promise<Body> {
    const body = JSON.parse(raw) as Body;
    const action = typeof body.action === 'string' ? body.action : '';
    requests.push({ action, body });
    if (action === 'wx.api' && options.answerWxApi && typeof body.requestData === 'string') {
      const answer = options.answerWxApi(
        String(body.apiName),
        JSON.parse(body.requestData) as Record<string, unknown>,
      );
      return { data: { responseData: JSON.stringify(answer) } };
    }
    const run = actions[action];
    if (!run) throw invalidParam(`action ${action} not supported by the fake`);
    for (;;) {
      try {
        return run(body);
      } catch (e) {
        // A plain write on a document an open transaction holds waits for it to end.
        if (e instanceof Blocked) {
          await e.until;
          continue;
        }
        // MongoDB aborts a transaction on any error inside it.
        const txnId = typeof body.transactionId === 'string' ? body.transactionId : undefined;
        if (txnId !== undefined && action !== 'database.abortTransaction') db.abort(txnId);
        if (e instanceof FakeError) throw e;
        throw requestFailed(e instanceof Error ? e.message : String(e));
      }
    }
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const reply = (payload: Body) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ requestId: newId().slice(0, 16), ...payload }));
    };
    if (
      req.method !== 'POST' ||
      !String(req.headers.authorization ?? '').startsWith('TC3-HMAC-SHA256')
    ) {
      reply({ code: 'SIGN_PARAM_INVALID', message: 'unsigned request' });
      return;
    }
    readBody(req, maxRequestBytes)
      .then(async (raw) => {
        if (latencyMs > 0) await new Promise((r) => setTimeout(r, latencyMs));
        return handle(raw);
      })
      .then(reply, (e: unknown) => {
        if (e instanceof FakeError) reply({ code: e.code, message: e.message });
        else reply({ code: 'SYS_ERR', message: e instanceof Error ? e.message : String(e) });
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const indexProvisioner: IndexProvisioner = {
    apply: (plan: IndexPlan) => {
      for (const entry of plan) {
        db.setUniqueIndexes(
          entry.collection,
          entry.indexes
            .filter((ix) => ix.unique)
            .map((ix) => ({ name: ix.name, fields: [...ix.fields] })),
        );
      }
      return Promise.resolve();
    },
  };

  return {
    url: `http://127.0.0.1:${port}/admin`,
    requests,
    indexProvisioner,
    setLatencyMs: (ms) => {
      latencyMs = ms;
    },
    close: async () => {
      db.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
