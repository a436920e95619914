import type { Transaction } from './store';

/** The Notifier port: messages to users go into an outbox collection, sent by a worker. */
export interface Notification {
  userId: string;
  /** Template key, e.g. `training.promoted`. */
  template: string;
  data: Record<string, string | number | boolean | null>;
}

export interface Notifier {
  /** Queues a message; pass the open transaction so it commits with the change. */
  notify(n: Notification, tx?: Transaction): Promise<void>;
}
