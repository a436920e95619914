import type { CallResult } from '../../../shared/src/envelope/call-envelope';
import type { Clock } from '../ports/clock';
import type { Store } from '../ports/store';
import { isStoreError } from '../ports/store';
import { AppError } from './app-error';
import { idempotencyCollection } from './platform-collections';
import { sha256, stableStringify } from './stable-hash';

const PENDING_WAIT_MS = 5_000;
const PENDING_STALE_MS = 60_000;

export interface IdempotencyScope {
  fn: string;
  action: string;
  callerKey: string;
  key: string;
  payload: unknown;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `execute` at most once per (function, action, caller, key). A replay with the same body
 * returns the stored result; the same key with another body is CONFLICT. Unexpected failures
 * release the key so a retry can run again; answered results (success or an expected error)
 * are kept.
 */
export async function withIdempotency(
  store: Store,
  clock: Clock,
  scope: IdempotencyScope,
  execute: () => Promise<CallResult<unknown>>,
): Promise<CallResult<unknown>> {
  const keys = store.collection(idempotencyCollection);
  const id = sha256(`${scope.fn}|${scope.action}|${scope.callerKey}|${scope.key}`);
  const bodyHash = sha256(stableStringify(scope.payload ?? null));
  const deadline = Date.now() + PENDING_WAIT_MS;

  for (;;) {
    const existing = await keys.get(id);
    if (existing) {
      if (existing.bodyHash !== bodyHash) {
        throw new AppError('CONFLICT', '这个提交编号已经用于另一份内容，请重新提交。');
      }
      if (existing.state === 'done') return existing.result as CallResult<unknown>;
      const stale = clock.now().getTime() - Date.parse(existing.createdAt) > PENDING_STALE_MS;
      if (!stale) {
        if (Date.now() > deadline)
          throw new AppError('CONFLICT', '上一次提交还在处理中，请稍后刷新查看。');
        await sleep(50);
        continue;
      }
      // A pending claim left by a crashed instance: take it over.
      try {
        await keys.update(
          id,
          { set: { createdAt: clock.now().toISOString() } },
          { ifVersion: existing._version },
        );
      } catch (e) {
        if (isStoreError(e, 'VERSION_CONFLICT')) continue;
        throw e;
      }
    } else {
      try {
        await keys.insert({
          _id: id,
          state: 'pending',
          bodyHash,
          result: null,
          createdAt: clock.now().toISOString(),
        });
      } catch (e) {
        if (isStoreError(e, 'DUPLICATE')) continue;
        throw e;
      }
    }
    break;
  }

  let result: CallResult<unknown>;
  try {
    result = await execute();
  } catch (e) {
    await keys.remove(id);
    throw e;
  }
  if (!result.ok && result.error.code === 'INTERNAL') {
    await keys.remove(id);
    return result;
  }
  await keys.update(id, { set: { state: 'done', result } });
  return result;
}
