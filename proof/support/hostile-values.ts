import fc from 'fast-check';
import { makeIdNumber } from '../../cloudfunctions/platform/test-support/test-platform';
import type { FieldInfo } from './schema-shape';

const VALID_ID = makeIdNumber('622901', '19800101', '123');
const lastDigit = VALID_ID.slice(-1);
/** Right shape, wrong GB 11643 check digit. */
export const BAD_CHECKSUM_ID = VALID_ID.slice(0, 17) + (lastDigit === '1' ? '2' : '1');
/** Right checksum, but born on 30 February. */
export const IMPOSSIBLE_DATE_ID = makeIdNumber('622901', '19990230', '123');
/** Born in the future. */
export const FUTURE_BIRTH_ID = makeIdNumber('622901', '20991231', '123');

/** Builds an object with an own `__proto__` (or any) key, as JSON.parse would. */
export function withOwnKey(base: Record<string, unknown>, key: string, value: unknown) {
  const out: Record<string, unknown> = { ...base };
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

export function nested(depth: number): unknown {
  let v: object = { a: 'bottom' };
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  // fast-check prints counterexamples recursively; give it a short description instead.
  Object.defineProperty(v, fc.toStringMethod, {
    value: () => `nested(${depth})`,
    enumerable: false,
  });
  return v;
}

/** Mongo operator objects where a plain value belongs. */
export const OPERATOR_OBJECTS: unknown[] = [
  { $gt: '' },
  { $ne: null },
  { $in: ['a', 'b'] },
  { $regex: '.*' },
  { $where: 'sleep(1000)' },
  { $exists: true },
  { $prefix: '' },
];

/** Strings that no text field should accept (or only some fields, by the schema's word). */
export const BAD_STRINGS: string[] = [
  '',
  '   ',
  '\u0000',
  'null byte \u0000 in text',
  'bell \u0007 and escape \u001b[31m',
  'x'.repeat(100_001),
  '汉'.repeat(20_001),
  BAD_CHECKSUM_ID,
  IMPOSSIBLE_DATE_ID,
  FUTURE_BIRTH_ID,
  '62290119800101123',
  '1381234567',
  '23812345678',
  '138123456789',
  '😀'.repeat(600),
  '\ud800 lone surrogate',
];

/** Text that is well-formed and may be accepted, but must never be interpreted. */
export const HOSTILE_STRINGS: string[] = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(document.cookie)>',
  'javascript:alert(1)',
  '{"$gt": ""}',
  '$gt',
  '$where',
  "'; DROP TABLE c_users; --",
  '" OR "1"="1',
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  'uploads/../../local-secrets.json',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '__proto__',
  'constructor',
  'toString',
  '\u202e\u0644\u0627 reversed',
  '\u200b\u200d\ufeff zero width',
  '👨‍👩‍👧‍👦🇨🇳 家',
  '𠀀𪚥𰻞',
  '%s%s%n',
  '${7*7}{{7*7}}',
];

const VALUES_FOR_NUMBERS: unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  0.5,
  -1,
  0,
  101,
  '20',
];

/** A value of (probably) the wrong kind, or an edge value of the right kind, for one field. */
export function invalidFieldValue(field: FieldInfo): fc.Arbitrary<unknown> {
  const common = fc.oneof(
    fc.constantFrom<unknown>(...OPERATOR_OBJECTS),
    fc.constantFrom<unknown>(null, true, false, NaN, Infinity, -Infinity, 0, 12345, [], {}),
    fc.constantFrom<unknown>(
      Array.from({ length: 10_000 }, () => 'x'),
      nested(1_500),
      Object.create(null) as unknown,
      new Date(0),
      new Map([['a', 1]]),
      BigInt(1),
      Symbol('s'),
    ),
    fc.anything({ maxDepth: 3 }),
  );
  switch (field.kind) {
    case 'string':
      return fc.oneof(fc.constantFrom<unknown>(...BAD_STRINGS), common);
    case 'number':
      return fc.oneof(fc.constantFrom<unknown>(...VALUES_FOR_NUMBERS), common);
    case 'enum':
    case 'literal':
      return fc.oneof(
        fc.constantFrom<unknown>(
          '',
          'ADMIN',
          ' admin',
          ...field.options.map((o) => `${String(o)} `),
        ),
        common,
      );
    default:
      return common;
  }
}

const EXTRA_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  '$where',
  '$gt',
  'userId',
  'openid',
  'role',
  '_id',
  '_version',
  'villageId ',
];

/** Payloads that are wrong somewhere: type, presence, size, depth, extra keys, edge numbers. */
export function invalidPayload(
  base: Record<string, unknown>,
  fields: FieldInfo[],
): fc.Arbitrary<unknown> {
  const notAnObject = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
    fc.constantFrom<unknown>(NaN, Infinity, -Infinity, 'x'.repeat(200_000), nested(1_500), [base]),
  );
  const extraKey = fc
    .tuple(
      fc.oneof(fc.constantFrom(...EXTRA_KEYS), fc.string({ maxLength: 20 })),
      fc.anything({ maxDepth: 2 }),
    )
    .map(([k, v]) => withOwnKey(base, k, v));
  const variants: Array<fc.Arbitrary<unknown>> = [notAnObject, extraKey];
  if (fields.length > 0) {
    variants.push(
      fc
        .constantFrom(...fields)
        .chain((f) => invalidFieldValue(f).map((v) => withOwnKey(base, f.key, v))),
    );
    const textFields = fields.filter((f) => f.kind === 'string');
    if (textFields.length > 0)
      variants.push(
        fc
          .tuple(
            fc.constantFrom(...textFields),
            fc.constantFrom(...BAD_STRINGS, ...HOSTILE_STRINGS),
          )
          .map(([f, s]) => withOwnKey(base, f.key, s)),
      );
  }
  const required = new Set(fields.filter((f) => !f.optional).map((f) => f.key));
  const present = Object.keys(base).filter((k) => required.has(k));
  if (present.length > 0)
    variants.push(
      fc.constantFrom(...present).map((k) => {
        const copy = { ...base };
        delete copy[k];
        return copy;
      }),
    );
  return fc.oneof(...variants);
}

/** Valid-shaped payloads with hostile text in every string field (may be legitimately accepted). */
export function hostilePayload(
  base: Record<string, unknown>,
  fields: FieldInfo[],
): fc.Arbitrary<Record<string, unknown>> {
  const textFields = fields.filter((f) => f.kind === 'string' && f.key in base);
  if (textFields.length === 0) return fc.constant(base);
  const hostile = fc.oneof(
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.constantFrom(...HOSTILE_STRINGS).map((s) => `村里的反馈 ${s} 请处理`),
  );
  return fc
    .tuple(
      fc.subarray(textFields, { minLength: 1 }),
      fc.array(hostile, { minLength: textFields.length, maxLength: textFields.length }),
    )
    .map(([chosen, values]) => {
      const out: Record<string, unknown> = { ...base };
      chosen.forEach((f, i) => (out[f.key] = values[i]));
      return out;
    });
}
