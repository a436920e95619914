import { messageExpiresAt } from '../../../shared/src/messages/message-retention';
import { renderMessage } from '../../../shared/src/messages/message-text';
import type { Clock } from '../ports/clock';
import type { Notification, Notifier } from '../ports/notifier';
import type { Store, Transaction } from '../ports/store';
import { newId } from './new-id';
import { messagesCollection, outboxCollection } from './platform-collections';

/**
 * Notifications are written to an outbox collection; a sender (WeChat subscribe messages in
 * production) drains it. Writing is all a handler does, so a failed send never fails a request.
 * Each notice is also the user's in-app 消息 (the sentence and link rendered once, here), written
 * in the same transaction: the 消息 list never depends on WeChat.
 */
export function createOutboxNotifier(store: Store, clock: Clock): Notifier {
  const write = async (n: Notification, tx: Transaction) => {
    const createdAt = clock.now().toISOString();
    await tx.insert(outboxCollection, {
      _id: newId(),
      ...n,
      status: 'queued' as const,
      createdAt,
    });
    const { text, link } = renderMessage(n.template, n.data);
    await tx.insert(messagesCollection, {
      _id: newId(),
      userId: n.userId,
      template: n.template,
      text,
      link,
      readAt: null,
      createdAt,
      expiresAt: messageExpiresAt(createdAt),
    });
  };
  return {
    async notify(n, tx) {
      if (tx) await write(n, tx);
      else await store.transaction((t) => write(n, t));
    },
  };
}
