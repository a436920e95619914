const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Matches the envelope's rule: `[A-Za-z0-9_-]{8,128}`. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;

function randomChars(count: number): string {
  const bytes = new Uint8Array(count);
  const cryptoApi = (globalThis as { crypto?: Crypto }).crypto;
  if (cryptoApi?.getRandomValues) {
    cryptoApi.getRandomValues(bytes);
  } else {
    // The weapp JS engine has no crypto; Math.random is enough for a key that only has to be
    // unique per user, since the time prefix already separates submissions.
    for (let i = 0; i < count; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  }
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length] ?? 'x';
  return out;
}

/** A fresh key made on the device when a submission is first queued, e.g. `fb-lq3k9x2a-Xy7…`. */
export function newIdempotencyKey(prefix = 'ob', now: number = Date.now()): string {
  return `${prefix}-${now.toString(36)}-${randomChars(16)}`;
}
