import type { Store } from '../ports/store';
import { outboxCollection } from '../runtime/platform-collections';

export async function notificationOutbox(store: Store) {
  return (await store.collection(outboxCollection).find({}, { sort: [['createdAt', 'asc']] }))
    .items;
}
