import { ERROR_CODES } from '../../shared/src/envelope/error-codes';
import type { CallOutcome } from './proof-driver';

const STATUSES = new Set([200, 400, 401, 403, 404, 409, 429]);

/**
 * The answer is a structured envelope: `ok:true` with data, or `ok:false` with a known code other
 * than INTERNAL and a message fit for a villager (no stack, no file paths), with a 2xx/4xx status.
 */
export function expectStructured(r: CallOutcome, label: string): void {
  const where = `${label} → ${r.status} ${r.text.slice(0, 300)}`;
  if (!STATUSES.has(r.status)) throw new Error(`unexpected status: ${where}`);
  const body = r.body as unknown as Record<string, unknown>;
  if (body.ok === true) {
    if (!('data' in body) || r.status !== 200) throw new Error(`ok without data/200: ${where}`);
    return;
  }
  const error = body.error as Record<string, unknown> | undefined;
  if (body.ok !== false || !error) throw new Error(`not an envelope: ${where}`);
  const code = error.code;
  if (typeof code !== 'string' || !(ERROR_CODES as readonly string[]).includes(code))
    throw new Error(`unknown error code: ${where}`);
  if (code === 'INTERNAL') throw new Error(`INTERNAL: ${where}`);
  if (typeof error.message !== 'string' || error.message.length === 0)
    throw new Error(`error without a message: ${where}`);
  if (/\n\s+at |\.ts:\d+|node_modules|SqliteError|TypeError/.test(r.text))
    throw new Error(`internals leaked: ${where}`);
}

/** Nothing was added to Object.prototype by anything the call parsed or merged. */
export function expectPrototypeClean(): void {
  const probe: Record<string, unknown> = {};
  for (const k of ['polluted', 'x', 'a', 'isAdmin', 'role', 'userId'])
    if (probe[k] !== undefined) throw new Error(`Object.prototype.${k} was polluted`);
  const own = Object.getOwnPropertyNames(Object.prototype).filter((k) => !BASELINE.has(k));
  if (own.length) throw new Error(`Object.prototype gained ${own.join(',')}`);
}
const BASELINE = new Set(Object.getOwnPropertyNames(Object.prototype));
