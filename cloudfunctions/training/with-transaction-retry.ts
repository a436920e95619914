import { isStoreError } from '../platform/ports/store';

export class RetryTransaction extends Error {
  constructor() {
    super('state moved on; retry');
  }
}

/**
 * Re-runs a transaction that lost a race (a version conflict, or a precondition read outside it
 * that no longer holds). Contended sign-ups on one course settle within a few rounds.
 */
export async function withTransactionRetry<R>(run: () => Promise<R>, attempts = 60): Promise<R> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (e) {
      const retryable = e instanceof RetryTransaction || isStoreError(e, 'VERSION_CONFLICT');
      if (!retryable || i >= attempts) throw e;
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(50, 2 * i)));
    }
  }
}
