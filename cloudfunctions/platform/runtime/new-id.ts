import { randomUUID } from 'node:crypto';

/** A new random document id (32 hex characters, like CloudBase's). */
export function newId(): string {
  return randomUUID().replace(/-/g, '');
}
