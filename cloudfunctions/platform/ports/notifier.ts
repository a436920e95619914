/** The Notifier port: messages to users go into an outbox collection, sent by a worker. */
export interface Notification {
  userId: string;
  /** Template key, e.g. `training.promoted`. */
  template: string;
  data: Record<string, string | number | boolean | null>;
}

export interface Notifier {
  notify(n: Notification): Promise<void>;
}
