/**
 * Canonical Extended JSON as the CloudBase SDK sends it (`EJSON.stringify(x, { relaxed: false })`
 * from `bson`), for the fake server: numbers arrive as `{"$numberInt": "10"}`,
 * `{"$numberDouble": "1.5"}` or `{"$numberLong": "1099511627776"}`, dates as
 * `{"$date": {"$numberLong": "<ms>"}}`, regular expressions as `$regularExpression`.
 * Decoded, numbers are JS numbers (MongoDB compares int, long and double by value), dates are
 * `Date` and regular expressions `RegExp`, which is what the query engine (mingo) evaluates.
 */

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function numberFrom(text: unknown): number {
  if (typeof text !== 'string') throw new Error('EJSON number must be a string');
  const n = Number(text);
  if (Number.isNaN(n) && text !== 'NaN') throw new Error(`bad EJSON number ${text}`);
  return n;
}

/**
 * MongoDB's regular expressions are PCRE; the options CloudBase accepts (`i`, `m`, `s`) mean the
 * same in JavaScript; without the `u` flag JavaScript accepts the identity escapes (`\-`) PCRE does.
 */
function toRegExp(pattern: string, options: string): RegExp {
  if (/[^ims]/.test(options)) throw new Error(`regex option ${options} not supported`);
  return new RegExp(pattern, options);
}

export function decodeValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decodeValue);
  if (!isRecord(v)) return v;
  const keys = Object.keys(v);
  if (keys.length === 1) {
    const [k] = keys as [string];
    const inner = v[k];
    switch (k) {
      case '$numberInt':
      case '$numberDouble':
      case '$numberLong':
        return numberFrom(inner);
      case '$date': {
        const ms = isRecord(inner) ? decodeValue(inner) : inner;
        if (typeof ms === 'number') return new Date(ms);
        if (typeof ms === 'string') return new Date(Date.parse(ms));
        throw new Error('bad EJSON date');
      }
      case '$tcb_server_date': {
        const offset = isRecord(inner) && typeof inner.offset === 'number' ? inner.offset : 0;
        return new Date(Date.now() + offset);
      }
      case '$regularExpression': {
        if (!isRecord(inner) || typeof inner.pattern !== 'string') throw new Error('bad regex');
        return toRegExp(inner.pattern, typeof inner.options === 'string' ? inner.options : '');
      }
      case '$oid':
        if (typeof inner === 'string') return inner;
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, inner] of Object.entries(v)) out[k] = decodeValue(inner);
  return out;
}

export function decodeEjson(text: unknown): unknown {
  if (typeof text !== 'string') throw new Error('expected an EJSON string');
  return decodeValue(JSON.parse(text));
}

function encodeValue(v: unknown): unknown {
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= -2147483648 && v <= 2147483647) {
      return { $numberInt: String(v) };
    }
    if (Number.isSafeInteger(v)) return { $numberLong: String(v) };
    return { $numberDouble: String(v) };
  }
  if (v instanceof Date) return { $date: { $numberLong: String(v.getTime()) } };
  if (Array.isArray(v)) return v.map(encodeValue);
  if (!isRecord(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, inner] of Object.entries(v)) out[k] = encodeValue(inner);
  return out;
}

/** Canonical EJSON text of a stored document, as the real service returns list items. */
export function encodeEjson(v: unknown): string {
  return JSON.stringify(encodeValue(v));
}
