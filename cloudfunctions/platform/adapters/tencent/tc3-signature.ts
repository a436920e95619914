import { createHash, createHmac } from 'node:crypto';

/**
 * Tencent Cloud API v3 request signing (TC3-HMAC-SHA256), as documented for every
 * `*.tencentcloudapi.com` service: a canonical request over method, path, query, the signed
 * headers and the body's hash; a string to sign with the timestamp and the credential scope
 * (`<date>/<service>/tc3_request`); a key derived from the secret key by date, service and
 * `tc3_request`.
 */

export interface Tc3Input {
  secretId: string;
  secretKey: string;
  service: string;
  host: string;
  action: string;
  /** Seconds since the epoch (the X-TC-Timestamp header). */
  timestamp: number;
  body: string;
}

export const TC3_CONTENT_TYPE = 'application/json; charset=utf-8';
export const TC3_SIGNED_HEADERS = 'content-type;host;x-tc-action';

const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: Buffer | string, s: string) =>
  createHmac('sha256', key).update(s, 'utf8').digest();

/** The UTC date of a timestamp, `YYYY-MM-DD`: the day of the credential scope. */
export function tc3Date(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

export function tc3Signature(input: Tc3Input): string {
  const canonicalHeaders =
    `content-type:${TC3_CONTENT_TYPE}\n` +
    `host:${input.host}\n` +
    `x-tc-action:${input.action.toLowerCase()}\n`;
  const canonicalRequest = [
    'POST',
    '/',
    '',
    canonicalHeaders,
    TC3_SIGNED_HEADERS,
    sha256Hex(input.body),
  ].join('\n');
  const date = tc3Date(input.timestamp);
  const scope = `${date}/${input.service}/tc3_request`;
  const stringToSign = [
    'TC3-HMAC-SHA256',
    String(input.timestamp),
    scope,
    sha256Hex(canonicalRequest),
  ].join('\n');
  const secretDate = hmac(`TC3${input.secretKey}`, date);
  const secretService = hmac(secretDate, input.service);
  const secretSigning = hmac(secretService, 'tc3_request');
  return createHmac('sha256', secretSigning).update(stringToSign, 'utf8').digest('hex');
}

/** The Authorization header value for a request signed with `tc3Signature`. */
export function tc3Authorization(input: Tc3Input): string {
  const scope = `${tc3Date(input.timestamp)}/${input.service}/tc3_request`;
  return (
    `TC3-HMAC-SHA256 Credential=${input.secretId}/${scope}, ` +
    `SignedHeaders=${TC3_SIGNED_HEADERS}, Signature=${tc3Signature(input)}`
  );
}
