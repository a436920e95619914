import fc from 'fast-check';
import type Database from 'better-sqlite3';
import { toCanonicalInstant } from '../shared/src/validation/instant';
import { createTestPlatform } from '../cloudfunctions/platform/test-support/test-platform';
import type { TestPlatform } from '../cloudfunctions/platform/test-support/test-platform';
import type { GatewayProcess } from '../gateway/test-support/gateway-process';
import { startGatewayProcess } from '../gateway/test-support/gateway-process';
import { fcParams, proofEnv } from './env';
import { validCallFor } from './valid-payloads';
import { ACTIONS, personasAllowedByContract } from './support/action-catalog';
import type { ActionEntry } from './support/action-catalog';
import { expectPrototypeClean, expectStructured } from './support/expect-envelope';
import { hostilePayload, invalidPayload, nested } from './support/hostile-values';
import { PERSONAS } from './support/personas';
import type { Persona } from './support/personas';
import type { ProofDriver } from './support/proof-driver';
import { gatewayDriver, inProcessDriver } from './support/proof-driver';
import { inputFields } from './support/schema-shape';
import { digestOf, openReadOnly, operatorKeysIn } from './support/sqlite-snapshot';

/**
 * Every function × action, called as every persona the contract lets in, with generated invalid
 * payloads (must be VALIDATION_FAILED and write nothing) and well-formed hostile ones (may be
 * accepted, but no Mongo operator reaches the store and nothing is polluted). Zero INTERNAL.
 */

const counts = {
  inProcessInvalid: 0,
  inProcessAccepted: 0,
  hostile: 0,
  envelope: 0,
  gateway: 0,
  gatewayRaw: 0,
};

/** What the runtime parses: a missing or null payload is `{}`. */
function accepts(entry: ActionEntry, payload: unknown): boolean {
  return entry.contract.input.safeParse(payload ?? {}).success;
}

async function baseFor(entry: ActionEntry, d: ProofDriver): Promise<Record<string, unknown>> {
  return validCallFor(entry).payload(d);
}

describe('in-process, through the runtime entry', () => {
  let t: TestPlatform;
  let d: ProofDriver;
  beforeAll(async () => {
    t = await createTestPlatform({ mutationsPerMinute: 1_000_000_000 });
    d = inProcessDriver(t);
    for (const p of PERSONAS) if (p !== 'anonymous') await d.userId(p);
  }, 60_000); // a platform and every persona: past jest's 5 s when two cores are busy
  afterAll(() => t.cleanup());

  describe.each(ACTIONS.map((a) => [a.key, a] as const))('%s', (_key, entry) => {
    const personas = personasAllowedByContract(entry);
    const fields = inputFields(entry.contract.input);

    test('invalid payloads answer VALIDATION_FAILED and write nothing', async () => {
      const base = await baseFor(entry, d);
      let invalid = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom<Persona>(...personas),
          invalidPayload(base, fields),
          async (who, payload) => {
            const valid = accepts(entry, payload);
            const before = digestOf(t.store.reader);
            const r = await d.call(who, entry.fn, entry.action, payload);
            expectStructured(r, `${entry.key} as ${who}`);
            expectPrototypeClean();
            if (valid) {
              counts.inProcessAccepted++;
              expect(operatorKeysIn(t.store.reader)).toEqual([]);
              return;
            }
            invalid++;
            expect(r.body.ok === false && r.body.error.code).toBe('VALIDATION_FAILED');
            expect(digestOf(t.store.reader)).toBe(before);
          },
        ),
        fcParams(proofEnv.fuzzRuns),
      );
      counts.inProcessInvalid += invalid;
      // The generator must mostly produce invalid payloads, or this proof proves nothing.
      expect(invalid).toBeGreaterThanOrEqual(Math.ceil(proofEnv.fuzzRuns * 0.4));
    }, 120_000);

    test('well-formed hostile text is stored as text, never as an operator', async () => {
      const base = await baseFor(entry, d);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom<Persona>(...personas),
          hostilePayload(base, fields),
          async (who, payload) => {
            const valid = accepts(entry, payload);
            const before = digestOf(t.store.reader);
            const r = await d.call(who, entry.fn, entry.action, payload);
            counts.hostile++;
            expectStructured(r, `${entry.key} as ${who}`);
            expectPrototypeClean();
            expect(operatorKeysIn(t.store.reader)).toEqual([]);
            if (!valid) expect(digestOf(t.store.reader)).toBe(before);
            if (r.body.ok && entry.contract.mutating) {
              // Text that came back is the text that was sent (trimmed), not something interpreted;
              // a date-time comes back as the same instant in canonical UTC. Only the fields made
              // hostile are compared: an output field may share a name with an input of another
              // meaning (risk.updateMeasure's `status` is the measure's, the answer's the report's).
              for (const [k, v] of Object.entries(payload))
                if (typeof v === 'string' && v !== base[k] && typeof r.body.data[k] === 'string')
                  expect(r.body.data[k]).toBe(toCanonicalInstant(v) ?? v.trim());
            }
          },
        ),
        fcParams(Math.ceil(proofEnv.fuzzRuns / 3)),
      );
    }, 120_000);
  });

  test.each(ACTIONS.map((a) => [a.key, a] as const))(
    '%s: NaN and ±Infinity in every field are refused in-process',
    async (_key, entry) => {
      const [who] = personasAllowedByContract(entry);
      if (!who) throw new Error(`${entry.key} is callable by nobody`);
      const base = await baseFor(entry, d);
      const fields = inputFields(entry.contract.input);
      for (const f of fields)
        for (const v of [NaN, Infinity, -Infinity]) {
          const before = digestOf(t.store.reader);
          const r = await d.call(who, entry.fn, entry.action, { ...base, [f.key]: v });
          expectStructured(r, `${entry.key}.${f.key}=${v}`);
          expect(r.body.ok === false && r.body.error.code).toBe('VALIDATION_FAILED');
          expect(digestOf(t.store.reader)).toBe(before);
          counts.inProcessInvalid++;
        }
    },
  );

  test.each([...new Set(ACTIONS.map((a) => a.fn))])(
    '%s: malformed envelopes (bad action names, keys, non-objects) write nothing',
    async (fn) => {
      const actionName = ACTIONS.find((a) => a.fn === fn)?.action ?? 'x';
      const badAction = fc.constantFrom<unknown>(
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
        'valueOf',
        '',
        'x'.repeat(65),
        `${actionName} `,
        actionName.toUpperCase(),
        { $gt: '' },
        5,
        null,
        ['me'],
      );
      const badKey = fc.constantFrom<unknown>(
        'short',
        '../../../etc/passwd',
        'a'.repeat(129),
        'key with space',
        { $ne: null },
        12345678,
        '',
        'ключ-12345',
      );
      const event = fc.oneof(
        badAction.map((action) => ({ action, payload: {} })),
        badKey.map((idempotencyKey) => ({ action: actionName, payload: {}, idempotencyKey })),
        fc.constantFrom<unknown>(null, undefined, 'me', 42, [], NaN, nested(3_000)),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom<Persona>(...PERSONAS), event, async (who, ev) => {
          const before = digestOf(t.store.reader);
          const r = await d.send(who, fn, ev);
          counts.envelope++;
          expectStructured(r, `${fn} ${String(JSON.stringify(ev)).slice(0, 80)}`);
          expect(r.body.ok === false && r.body.error.code).toBe('VALIDATION_FAILED');
          expect(digestOf(t.store.reader)).toBe(before);
        }),
        fcParams(Math.ceil(proofEnv.fuzzRuns / 2)),
      );
    },
    60_000,
  );
});

describe('over the gateway (JSON on the wire)', () => {
  let gw: GatewayProcess;
  let d: ProofDriver;
  let db: Database.Database;
  beforeAll(async () => {
    gw = await startGatewayProcess({
      env: { RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'warn' },
    });
    d = gatewayDriver(gw.url);
    for (const p of PERSONAS) if (p !== 'anonymous') await d.userId(p);
    db = openReadOnly(gw.dataDir);
  }, 60_000);
  afterAll(async () => {
    db?.close();
    await gw?.stop();
  });

  /** JSON.stringify, with BigInt as text (JSON has none); NaN/Infinity become null as on any client. */
  const toJson = (v: unknown): string | undefined => {
    try {
      return JSON.stringify(v);
    } catch {
      return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
    }
  };

  test.each(ACTIONS.map((a) => [a.key, a] as const))(
    '%s: generated invalid JSON payloads are 4xx and write nothing',
    async (_key, entry) => {
      const personas = personasAllowedByContract(entry);
      const base = await baseFor(entry, d);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom<Persona>(...personas),
          invalidPayload(base, inputFields(entry.contract.input)),
          async (who, payload) => {
            const wire = toJson({ action: entry.action, payload }) ?? '{}';
            const received = (JSON.parse(wire) as { payload?: unknown }).payload;
            const before = digestOf(db);
            const r = await d.send(who, entry.fn, wire);
            counts.gateway++;
            expectStructured(r, `${entry.key} as ${who} over HTTP`);
            if (!accepts(entry, received)) {
              expect(r.status).toBe(400);
              expect(digestOf(db)).toBe(before);
            }
          },
        ),
        fcParams(Math.ceil(proofEnv.fuzzRuns / 4)),
      );
    },
    120_000,
  );

  test.each(ACTIONS.map((a) => [a.key, a] as const))(
    '%s: raw JSON edge cases (1e999, __proto__, deep nesting, bad escapes) are 4xx',
    async (_key, entry) => {
      const [who] = personasAllowedByContract(entry);
      if (!who) throw new Error(`${entry.key} is callable by nobody`);
      const a = JSON.stringify(entry.action);
      const fields = inputFields(entry.contract.input).map((f) => JSON.stringify(f.key));
      const field = fields[0] ?? '"x"';
      const raw = [
        `{"action":${a},"payload":{${field}:1e999}}`,
        `{"action":${a},"payload":{${field}:-1e999}}`,
        `{"action":${a},"payload":{${field}:NaN}}`,
        `{"action":${a},"payload":{${field}:Infinity}}`,
        `{"action":${a},"payload":{"__proto__":{"polluted":true}}}`,
        `{"action":${a},"payload":{"constructor":{"prototype":{"polluted":true}}}}`,
        `{"action":${a},"__proto__":{"role":"admin"}}`,
        `{"action":${a},"payload":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
        `{"action":${a},"payload":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`,
        `{"action":${a},"action":"__proto__"}`,
        `{"action":${a},"payload":{${field}:"\\ud800\\udfff\\ud800"}}`,
        `{"action":${a},"payload":{${field}:"\\u0000\\u0007"}}`,
        `{"action":${a},"payload":{${field}:{"$gt":""}}}`,
        `{"action":${a},"payload":{${field}:[${'"x",'.repeat(9_999)}"x"]}}`,
        `{"action":${a},"payload":{}}garbage`,
        `{"action":${a},"payload":{},}`,
        '',
        'null',
        '[]',
        '"users"',
        '123',
      ];
      for (const body of raw) {
        const before = digestOf(db);
        const r = await d.send(who, entry.fn, body);
        counts.gatewayRaw++;
        expectStructured(r, `${entry.key} raw ${body.slice(0, 60)}`);
        if (r.status !== 200) expect(digestOf(db)).toBe(before);
      }
      expect(await fetch(`${gw.url}/healthz`).then((x) => x.status)).toBe(200);
    },
    60_000,
  );

  test('the gateway logged no unexpected errors', () => {
    expect(gw.output()).not.toContain('unexpected error');
    expect(gw.output()).not.toContain('output failed its schema');
  });
});

afterAll(() => {
  console.log(
    `fuzz cases (FUZZ_RUNS=${proofEnv.fuzzRuns}): ${JSON.stringify(counts)}; actions=${ACTIONS.length}`,
  );
});
