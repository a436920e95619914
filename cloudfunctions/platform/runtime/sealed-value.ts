import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * How sensitive numbers (ID numbers, phones) are kept: AES-256-GCM ciphertext for the few roles
 * that must read them, a keyed hash for exact look-ups and duplicate checks, and the masked form
 * for display. The plain value is never stored.
 */
export interface SealedValue {
  sealed: string;
  hash: string;
  masked: string;
  last4: string;
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

export function sealValue(value: string, masked: string, keys: DataKeys): SealedValue {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.encryptionKey, iv);
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return {
    sealed: `v1.${Buffer.concat([iv, tag, body]).toString('base64url')}`,
    hash: keyedHash(value, keys),
    masked,
    last4: value.slice(-4),
  };
}

export function openSealedValue(v: SealedValue, keys: DataKeys): string {
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
