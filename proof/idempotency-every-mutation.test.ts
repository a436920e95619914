import { randomUUID } from 'node:crypto';
import { createTestPlatform } from '../cloudfunctions/platform/test-support/test-platform';
import type { TestPlatform } from '../cloudfunctions/platform/test-support/test-platform';
import { VALID_PAYLOADS, callerOf, validCallFor } from './valid-payloads';
import { MUTATING_ACTIONS } from './support/action-catalog';
import type { ActionEntry } from './support/action-catalog';
import type { ProofDriver } from './support/proof-driver';
import { inProcessDriver } from './support/proof-driver';
import { inputFields } from './support/schema-shape';
import { digestOf } from './support/sqlite-snapshot';

/**
 * Every mutating action in the contract, replayed with one idempotency key: one effect, one answer;
 * the same key with another body is CONFLICT. Payloads come from valid-payloads.ts.
 */

let t: TestPlatform;
let d: ProofDriver;
beforeAll(async () => {
  t = await createTestPlatform({ mutationsPerMinute: 1_000_000 });
  d = inProcessDriver(t);
});
afterAll(() => t.cleanup());

const newKey = () => `proof-${randomUUID()}`;
const auditRows = () =>
  (t.store.reader.prepare('SELECT COUNT(*) AS n FROM c_audit_log').get() as { n: number }).n;

/**
 * A second valid body for the same action (a changed text, number or enum choice, also one level
 * down in an object field such as an upload part); null for an action whose input has no fields.
 */
function differentBody(
  entry: ActionEntry,
  payload: Record<string, unknown>,
): Record<string, unknown> | null {
  const candidates: Array<Record<string, unknown>> = [];
  const fields = inputFields(entry.contract.input);
  if (fields.length === 0) return null;
  for (const f of fields) {
    const v = payload[f.key];
    if (typeof v === 'object' && v !== null && !Array.isArray(v))
      for (const [k, inner] of Object.entries(v))
        if (typeof inner === 'string')
          candidates.push({ ...payload, [f.key]: { ...v, [k]: `${inner}又` } });
    if (typeof v === 'string')
      candidates.push(
        { ...payload, [f.key]: `${v}又` },
        { ...payload, [f.key]: v.slice(0, -1) },
        { ...payload, [f.key]: `${v.slice(0, -1)}${v.endsWith('A') ? 'B' : 'A'}` },
      );
    if (typeof v === 'number')
      candidates.push({ ...payload, [f.key]: v + 1 }, { ...payload, [f.key]: v - 1 });
    for (const o of f.options) if (o !== v) candidates.push({ ...payload, [f.key]: o });
  }
  const found = candidates.find((c) => entry.contract.input.safeParse(c).success);
  if (!found) throw new Error(`cannot derive a second valid body for ${entry.key}`);
  return found;
}

test('every mutating action has a valid payload in valid-payloads.ts', () => {
  const missing = MUTATING_ACTIONS.filter((a) => !VALID_PAYLOADS[a.key]).map((a) => a.key);
  expect(missing).toEqual([]);
  expect(MUTATING_ACTIONS.length).toBeGreaterThan(0);
});

describe.each(MUTATING_ACTIONS.map((a) => [a.key, a] as const))('%s', (_key, entry) => {
  test('10 replays with one key: one effect, the same answer; another body is CONFLICT', async () => {
    const valid = validCallFor(entry);
    const who = callerOf(valid);
    const payload = await valid.payload(d);
    const key = newKey();
    await d.userId(who);
    const before = digestOf(t.store.reader);
    const first = await d.call(who, entry.fn, entry.action, payload, key);
    expect(first.body).toMatchObject({ ok: true });
    const afterFirst = digestOf(t.store.reader);
    expect(afterFirst).not.toBe(before);

    for (let i = 2; i <= 10; i++) {
      const again = await d.call(who, entry.fn, entry.action, payload, key);
      expect(again.body).toEqual(first.body);
    }
    expect(digestOf(t.store.reader)).toBe(afterFirst);

    // (An action without input fields, such as risk.startUpload, has no other body.)
    const otherBody = differentBody(entry, payload);
    if (otherBody) {
      const other = await d.call(who, entry.fn, entry.action, otherBody, key);
      expect(other.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(digestOf(t.store.reader)).toBe(afterFirst);
    }

    // Key order does not make a body different.
    const reordered = Object.fromEntries(Object.entries(payload).reverse());
    expect((await d.call(who, entry.fn, entry.action, reordered, key)).body).toEqual(first.body);
  });

  test('10 concurrent calls with one key: one effect, one answer', async () => {
    const valid = validCallFor(entry);
    const probeCaller = callerOf(valid);
    const probe = await valid.payload(d);
    await d.userId(probeCaller);
    const beforeOne = auditRows();
    expect((await d.call(probeCaller, entry.fn, entry.action, probe, newKey())).body.ok).toBe(true);
    const auditPerCall = auditRows() - beforeOne;

    const who = callerOf(valid);
    const payload = await valid.payload(d);
    await d.userId(who);
    const key = newKey();
    const before = auditRows();
    const all = await Promise.all(
      Array.from({ length: 10 }, () => d.call(who, entry.fn, entry.action, payload, key)),
    );
    expect(all[0]?.body.ok).toBe(true);
    for (const r of all) expect(r.body).toEqual(all[0]?.body);
    expect(auditRows() - before).toBe(auditPerCall);
    const settled = digestOf(t.store.reader);
    expect((await d.call(who, entry.fn, entry.action, payload, key)).body).toEqual(all[0]?.body);
    expect(digestOf(t.store.reader)).toBe(settled);
  });
});
