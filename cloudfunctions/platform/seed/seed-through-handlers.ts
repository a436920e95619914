import type { ActionsContract } from '../../../shared/src/contract/define-function';
import { createWordListContentCheck } from '../adapters/local/word-list-content-check';
import type { Clock } from '../ports/clock';
import type { Files } from '../ports/files';
import type { Identity } from '../ports/identity';
import { createMemoryLogger } from '../ports/logger';
import type { Store } from '../ports/store';
import { isStoreError } from '../ports/store';
import type { FunctionDefinition } from '../runtime/handler-context';
import { createOutboxNotifier } from '../runtime/outbox-notifier';
import type { UserDoc } from '../runtime/platform-collections';
import { usersCollection } from '../runtime/platform-collections';
import type { PlatformDeps } from '../runtime/platform-deps';
import { createFunctionEntry } from '../runtime/run-action';
import type { FunctionEntry } from '../runtime/run-action';
import type { DataKeys } from '../runtime/sealed-value';

/** The seed's identity: the caller is whoever the seed names in the call's context. */
function seedIdentity(): Identity {
  return {
    resolve(ctx) {
      const openid = (ctx as { seedOpenid?: string } | undefined)?.seedOpenid;
      return Promise.resolve(openid ? { openid } : null);
    },
  };
}

/**
 * A function's real entry for a demo seed that makes its records THROUGH THE HANDLERS (so they
 * stay valid when the handlers change): local content check, outbox notices, the seed's clock,
 * no rate limit. Call it with `{ seedOpenid }` as the platform context to act as that user.
 */
export function seedFunctionEntry<A extends ActionsContract>(
  def: FunctionDefinition<A>,
  ports: { store: Store; files: Files; keys: DataKeys; clock: Clock },
): FunctionEntry {
  const deps: PlatformDeps = {
    store: ports.store,
    files: ports.files,
    identity: seedIdentity(),
    contentCheck: createWordListContentCheck(),
    notifier: createOutboxNotifier(ports.store, ports.clock),
    clock: ports.clock,
    logger: createMemoryLogger(),
    dataKeys: ports.keys,
    limits: { mutationsPerMinute: 1e9 },
  };
  return createFunctionEntry(def, deps);
}

/** Inserts a seed person once (a second run finds the openid taken and leaves it). */
export async function ensureSeedUser(store: Store, doc: UserDoc): Promise<void> {
  try {
    await store.collection(usersCollection).insert(doc);
  } catch (e) {
    if (!isStoreError(e, 'DUPLICATE')) throw e;
  }
}
