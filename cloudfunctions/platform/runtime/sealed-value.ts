import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * How phones are kept: AES-256-GCM ciphertext for the few roles that must read them, a keyed hash
 * for exact look-ups and the masked form (`138****5678`) for display. The plain value is never
 * stored.
 */
export interface SealedValue {
  sealed: string;
  hash: string;
  masked: string;
  last4: string;
}

/**
 * How ID numbers are kept: only the ciphertext and a keyed hash, both opaque without the keys.
 * No masked form, last 4 or birth date is stored beside them (issue 11: first 4 + last 4 + the
 * birth date rebuilt every number); masked forms are made by opening the seal, for the roles
 * that may see them.
 */
export interface SealedIdNumber {
  sealed: string;
  hash: string;
}

export interface DataKeys {
  /** 32 bytes for AES-256-GCM. */
  encryptionKey: Buffer;
  /** HMAC-SHA256 key for look-up hashes. */
  hashKey: Buffer;
}

export function keyedHash(value: string, keys: DataKeys): string {
  return createHmac('sha256', keys.hashKey).update(value, 'utf8').digest('base64url');
}

function seal(value: string, keys: DataKeys): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.encryptionKey, iv);
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `v1.${Buffer.concat([iv, tag, body]).toString('base64url')}`;
}

export function sealValue(value: string, masked: string, keys: DataKeys): SealedValue {
  return {
    sealed: seal(value, keys),
    hash: keyedHash(value, keys),
    masked,
    last4: value.slice(-4),
  };
}

export function sealIdNumber(idNumber: string, keys: DataKeys): SealedIdNumber {
  return { sealed: seal(idNumber, keys), hash: keyedHash(idNumber, keys) };
}

/** Keyed hash of an ID number's last 4, for the cadres' search box (the last 4 is not stored). */
export function idLast4Hash(last4: string, keys: DataKeys): string {
  return keyedHash(`id-last4:${last4.toUpperCase()}`, keys);
}

export function openSealedValue(v: Pick<SealedValue, 'sealed'>, keys: DataKeys): string {
  const raw = Buffer.from(v.sealed.replace(/^v1\./, ''), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', keys.encryptionKey, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

export function parseDataKeys(encryptionKeyB64: string, hashKeyB64: string): DataKeys {
  const encryptionKey = Buffer.from(encryptionKeyB64, 'base64');
  const hashKey = Buffer.from(hashKeyB64, 'base64');
  if (encryptionKey.length !== 32) throw new Error('DATA_ENCRYPTION_KEY must be 32 bytes, base64');
  if (hashKey.length < 16) throw new Error('DATA_HASH_KEY must be at least 16 bytes, base64');
  return { encryptionKey, hashKey };
}

export function generateDataKeys(): { encryptionKey: string; hashKey: string } {
  return {
    encryptionKey: randomBytes(32).toString('base64'),
    hashKey: randomBytes(32).toString('base64'),
  };
}
