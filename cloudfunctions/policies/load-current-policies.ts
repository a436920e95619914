import type { Store } from '../platform/ports/store';
import { policiesCollection } from './policy-collections';

/** Every current policy in the register's order (a few dozen: read whole). */
export async function loadCurrentPolicies(store: Store) {
  return (
    await store.collection(policiesCollection).find({}, { sort: [['order', 'asc']], limit: 1000 })
  ).items;
}
