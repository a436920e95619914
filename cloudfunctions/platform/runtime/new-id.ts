import { randomUUID } from 'node:crypto';
import { nextReplayableId } from './replayable-ids';

/**
 * A new document id (32 hex characters, like CloudBase's): random, or during a keyed mutating
 * call the same one a resumed run of that call would make (replayable-ids.ts).
 */
export function newId(): string {
  return nextReplayableId() ?? randomUUID().replace(/-/g, '');
}
