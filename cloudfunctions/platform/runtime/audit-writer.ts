import type { Store, Transaction } from '../ports/store';
import type { Clock } from '../ports/clock';
import { newId } from './new-id';
import type { AuditDoc } from './platform-collections';
import { auditCollection } from './platform-collections';

export type AuditEntry = Pick<AuditDoc, 'entity' | 'entityId'> &
  Partial<Pick<AuditDoc, 'from' | 'to' | 'note'>>;

/** Append-only: the only thing it can do is add an entry (inside the change's transaction when given). */
export interface AuditWriter {
  record(entry: AuditEntry, tx?: Transaction): Promise<void>;
}

export function createAuditWriter(
  store: Store,
  clock: Clock,
  who: Pick<AuditDoc, 'actorId' | 'actorRole' | 'fn' | 'action' | 'requestId'>,
): AuditWriter {
  return {
    async record(entry, tx) {
      const doc = { _id: newId(), at: clock.now().toISOString(), ...who, ...entry };
      if (tx) await tx.insert(auditCollection, doc);
      else await store.collection(auditCollection).insert(doc);
    },
  };
}
