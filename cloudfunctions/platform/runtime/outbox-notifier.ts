import type { Clock } from '../ports/clock';
import type { Notifier } from '../ports/notifier';
import type { Store } from '../ports/store';
import { newId } from './new-id';
import { outboxCollection } from './platform-collections';

/**
 * Notifications are written to an outbox collection; a sender (WeChat subscribe messages in
 * production) drains it. Writing is all a handler does, so a failed send never fails a request.
 */
export function createOutboxNotifier(store: Store, clock: Clock): Notifier {
  return {
    async notify(n, tx) {
      const doc = {
        _id: newId(),
        ...n,
        status: 'queued' as const,
        createdAt: clock.now().toISOString(),
      };
      if (tx) await tx.insert(outboxCollection, doc);
      else await store.collection(outboxCollection).insert(doc);
    },
  };
}
