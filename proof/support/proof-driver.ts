import type { FunctionName } from '../../shared/src/contract/all-functions';
import type { CallResult } from '../../shared/src/envelope/call-envelope';
import { HTTP_STATUS_BY_CODE } from '../../shared/src/envelope/error-codes';
import { FUNCTIONS } from '../../cloudfunctions/function-registry';
import { devOpenid } from '../../cloudfunctions/platform/adapters/local/dev-personas';
import { usersCollection } from '../../cloudfunctions/platform/runtime/platform-collections';
import type { FunctionEntry } from '../../cloudfunctions/platform/runtime/run-action';
import { createFunctionEntry } from '../../cloudfunctions/platform/runtime/run-action';
import { writeAsClient } from '../../cloudfunctions/platform/test-support/direct-upload-kit';
import type { TestPlatform } from '../../cloudfunctions/platform/test-support/test-platform';
import type { Who } from './personas';
import { whoLabel } from './personas';

export interface CallOutcome {
  /** The HTTP status (over the gateway) or the status the gateway would map the code to. */
  status: number;
  body: CallResult<Record<string, unknown>>;
  /** The response as JSON text (what a client or a log scan would see). */
  text: string;
}

/**
 * One way to call functions as a persona: in-process through the runtime entry, or over HTTP
 * through the gateway. Proof tables (valid payloads) are written against this, so they run on both.
 */
export interface ProofDriver {
  /** Sends a raw event (in-process: any JS value; over HTTP: JSON, or a string sent verbatim). */
  send(
    who: Who,
    fn: string,
    event: unknown,
    headers?: Record<string, string>,
  ): Promise<CallOutcome>;
  call(
    who: Who,
    fn: FunctionName,
    action: string,
    payload: unknown,
    idempotencyKey?: string,
  ): Promise<CallOutcome>;
  userId(who: Who): Promise<string>;
  /**
   * Writes a photo's bytes as the phone would with a `startUpload` ticket (in-process: what the
   * gateway's upload route does; over HTTP: the multipart POST) and answers the fileID.
   */
  writeUpload(
    who: Who,
    ticket: { cloudPath: string; localUploadUrl: string | null },
    bytes: Buffer,
  ): Promise<string>;
  /**
   * Moves the functions' clock by `ms` (in-process only, for fixtures that need time to pass,
   * e.g. 6 months of monitoring before 风险消除). Absent over HTTP: such fixtures then build what
   * they can and the call answers CONFLICT, which the HTTP proofs accept.
   */
  moveClock?: (ms: number) => void;
}

function personaOf(who: Who) {
  return typeof who === 'string'
    ? { persona: who, as: undefined }
    : { persona: who.persona, as: who.as };
}

function event(action: string, payload: unknown, idempotencyKey?: string) {
  return { action, payload, ...(idempotencyKey ? { idempotencyKey } : {}) };
}

/** Calls the real runtime entry of each function on a test platform (real SQLite, real tokens). */
export function inProcessDriver(t: TestPlatform): ProofDriver {
  const entries = new Map<string, FunctionEntry>();
  const entryFor = (fn: string): FunctionEntry | undefined => {
    if (!Object.hasOwn(FUNCTIONS, fn)) return undefined;
    let entry = entries.get(fn);
    if (!entry) {
      // The registry's union of definitions does not narrow to one generic; the gateway does the same.
      entry = createFunctionEntry(FUNCTIONS[fn as FunctionName] as never, t.platform.deps);
      entries.set(fn, entry);
    }
    return entry;
  };
  const authorization = async (who: Who): Promise<string | undefined> => {
    const p = personaOf(who);
    if (p.persona === 'anonymous') return undefined;
    return `Bearer ${await t.tokenFor(p.persona, p.as)}`;
  };
  const driver: ProofDriver = {
    async send(who, fn, ev, headers) {
      const entry = entryFor(fn);
      if (!entry) throw new Error(`no function ${fn}`);
      const context = { ...headers, authorization: await authorization(who) };
      const body = (await entry(ev, context)) as CallResult<Record<string, unknown>>;
      const status = body.ok ? 200 : HTTP_STATUS_BY_CODE[body.error.code];
      return { status, body, text: JSON.stringify(body) };
    },
    call: (who, fn, action, payload, key) => driver.send(who, fn, event(action, payload, key)),
    async userId(who) {
      const p = personaOf(who);
      if (p.persona === 'anonymous') throw new Error('anonymous has no user id');
      await t.tokenFor(p.persona, p.as);
      const users = t.store.collection(usersCollection);
      const found = await users.find({ openid: devOpenid(p.persona, p.as) }, { limit: 1 });
      const id = found.items[0]?._id;
      if (!id) throw new Error(`no user for ${whoLabel(who)}`);
      return id;
    },
    writeUpload: (_who, ticket, bytes) =>
      writeAsClient(t.platform, { ticketId: '', maxBytes: 0, expiresAt: '', ...ticket }, bytes),
    moveClock: (ms) => t.clock.advance(ms),
  };
  return driver;
}

async function post(url: string, body: unknown, headers: Record<string, string>) {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await r.text();
  return { status: r.status, text };
}

/** Calls the gateway child process over HTTP, logging in with dev-login (tokens cached). */
export function gatewayDriver(baseUrl: string): ProofDriver {
  const logins = new Map<string, Promise<{ token: string; userId: string }>>();
  const login = (who: Who) => {
    const label = whoLabel(who);
    let found = logins.get(label);
    if (!found) {
      const p = personaOf(who);
      found = post(
        `${baseUrl}/api/auth/dev-login`,
        { persona: p.persona, ...(p.as ? { as: p.as } : {}) },
        {},
      ).then(({ status, text }) => {
        const body = JSON.parse(text) as { data?: { token?: unknown; userId?: unknown } };
        if (status !== 200 || typeof body.data?.token !== 'string')
          throw new Error(`dev-login failed for ${label}: ${text}`);
        return { token: body.data.token, userId: String(body.data.userId) };
      });
      logins.set(label, found);
    }
    return found;
  };
  const driver: ProofDriver = {
    async send(who, fn, ev, headers = {}) {
      const auth: Record<string, string> =
        personaOf(who).persona === 'anonymous'
          ? {}
          : { authorization: `Bearer ${(await login(who)).token}` };
      const { status, text } = await post(`${baseUrl}/api/${fn}`, ev, { ...headers, ...auth });
      // A phone forgets its token at logout; so does the driver (the next call logs in again).
      if (
        fn === 'users' &&
        status === 200 &&
        /"action":\s*"logout"/.test(typeof ev === 'string' ? ev : JSON.stringify(ev))
      )
        logins.delete(whoLabel(who));
      let body: CallResult<Record<string, unknown>>;
      try {
        body = JSON.parse(text) as CallResult<Record<string, unknown>>;
      } catch {
        throw new Error(
          `gateway answered ${status} with a body that is not JSON: ${text.slice(0, 200)}`,
        );
      }
      return { status, body, text };
    },
    call: (who, fn, action, payload, key) => driver.send(who, fn, event(action, payload, key)),
    async userId(who) {
      return (await login(who)).userId;
    },
    async writeUpload(who, ticket, bytes) {
      const form = new FormData();
      form.append('file', new Blob([bytes]), 'photo');
      const r = await fetch(`${baseUrl}${ticket.localUploadUrl ?? ''}`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${(await login(who)).token}` },
      });
      const text = await r.text();
      if (r.status !== 200) throw new Error(`upload failed: ${r.status} ${text}`);
      return String((JSON.parse(text) as { data: { fileId: string } }).data.fileId);
    },
  };
  return driver;
}
