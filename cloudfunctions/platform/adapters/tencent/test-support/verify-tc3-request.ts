import { createHash, createHmac } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * The server's side of TC3-HMAC-SHA256 as Tencent Cloud's API v3 documentation describes it,
 * written apart from the adapter's own signing (tc3-signature.ts) so that a test of the adapter
 * against the fake is not one piece of code agreeing with itself; `tencent-text-to-speech.test.ts`
 * also checks it accepts a request signed by Tencent's own Node SDK.
 *
 * The canonical headers are the ones the request lists in SignedHeaders (content-type and host at
 * least), keys and values lower-cased and trimmed, in that order. One difference from the real
 * endpoint: the fake listens on a port of 127.0.0.1, so the port is dropped from Host (the real
 * endpoint is on 443, where Host has none, and the SDK signs the bare host name).
 */
export type Tc3Check =
  { ok: true; secretId: string } | { ok: false; code: string; message: string };

const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: Buffer | string, s: string) =>
  createHmac('sha256', key).update(s, 'utf8').digest();

export function verifyTc3Request(input: {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  service: string;
  secrets: Record<string, string>;
  nowSeconds: number;
}): Tc3Check {
  const fail = (code: string, message: string): Tc3Check => ({ ok: false, code, message });
  const auth =
    /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([a-z]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
      String(input.headers.authorization ?? ''),
    );
  if (!auth) return fail('AuthFailure.InvalidAuthorization', 'Authorization is invalid');
  const [, secretId = '', date = '', service, signedHeaders = '', signature] = auth;
  const secretKey = input.secrets[secretId];
  if (secretKey === undefined) return fail('AuthFailure.SecretIdNotFound', 'SecretId not found');
  if (service !== input.service) return fail('AuthFailure.InvalidAuthorization', 'wrong service');
  const timestamp = Number(input.headers['x-tc-timestamp']);
  if (!Number.isInteger(timestamp) || Math.abs(timestamp - input.nowSeconds) > 300)
    return fail('AuthFailure.SignatureExpire', 'Signature expired');
  if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date)
    return fail('AuthFailure.InvalidAuthorization', 'credential date is not the timestamp’s');
  const names = signedHeaders.split(';');
  if (!names.includes('content-type') || !names.includes('host'))
    return fail('AuthFailure.InvalidAuthorization', 'SignedHeaders must include content-type;host');
  const value = (name: string) => {
    const raw = String(input.headers[name] ?? '');
    return (name === 'host' ? raw.replace(/:\d+$/, '') : raw).trim().toLowerCase();
  };
  const url = new URL(input.url, 'http://fake');
  const canonicalRequest = [
    input.method,
    url.pathname,
    url.search.slice(1),
    names.map((n) => `${n}:${value(n)}\n`).join(''),
    signedHeaders,
    sha256Hex(input.body),
  ].join('\n');
  const stringToSign = [
    'TC3-HMAC-SHA256',
    String(timestamp),
    `${date}/${service}/tc3_request`,
    sha256Hex(canonicalRequest),
  ].join('\n');
  const kSigning = hmac(hmac(hmac(`TC3${secretKey}`, date), service), 'tc3_request');
  const expected = createHmac('sha256', kSigning).update(stringToSign, 'utf8').digest('hex');
  if (expected !== signature) return fail('AuthFailure.SignatureFailure', 'Signature mismatch');
  return { ok: true, secretId };
}
