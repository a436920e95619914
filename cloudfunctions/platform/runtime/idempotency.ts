import { randomUUID } from 'node:crypto';
import type { CallResult } from '../../../shared/src/envelope/call-envelope';
import type { Clock } from '../ports/clock';
import type { Store } from '../ports/store';
import { isStoreError } from '../ports/store';
import { AppError } from './app-error';
import type { JournaledStore } from './journaled-store';
import { KeyTaken, createJournaledStore } from './journaled-store';
import type { IdempotencyDoc, JournalEntry } from './platform-collections';
import { idempotencyCollection } from './platform-collections';
import { runWithReplayableIds } from './replayable-ids';
import { sha256, stableStringify } from './stable-hash';

/** The longest a replay waits for a first run still in progress (less when the call has less). */
const PENDING_WAIT_MS = 5_000;
/** Re-reads of a pending key back off from 50 ms to 400 ms (each read is a database request). */
const FIRST_POLL_MS = 50;
const MAX_POLL_MS = 400;
const DEFAULT_LEASE_MS = 60_000;
/** How long a finished key answers replays before it is pruned (an outbox may retry for days). */
export const IDEMPOTENCY_KEEP_MS = 7 * 24 * 3600_000;
const RELEASED = new Date(0).toISOString();

export interface IdempotencyScope {
  fn: string;
  action: string;
  callerKey: string;
  key: string;
  payload: unknown;
  /** How long a pending claim blocks a retry before it may be taken over. */
  leaseMs?: number;
  /**
   * How long this call may wait for a first run still in progress before answering CONFLICT
   * (at most 5 s; the call's remaining time budget, so the wait never outlives the function).
   */
  pendingWaitMs?: number;
}

/** What the handler of a keyed call runs on: the journaled store and the call's fixed clock. */
export interface KeyedCall {
  store: JournaledStore;
  clock: Clock;
}

interface Claim {
  claim: string;
  recorded: readonly JournalEntry[];
  startedAt: string;
  idSeed: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function claimKey(
  store: Store,
  clock: Clock,
  id: string,
  bodyHash: string,
  leaseMs: number,
  pendingWaitMs: number,
  mayBeNew: boolean,
): Promise<Claim | { done: CallResult<unknown> }> {
  const keys = store.collection(idempotencyCollection);
  const deadline = Date.now() + Math.max(0, Math.min(PENDING_WAIT_MS, pendingWaitMs));
  let poll = FIRST_POLL_MS;
  // A key thought new is inserted at once (one round trip) and read only when it is taken.
  for (;;) {
    const existing = mayBeNew ? null : await keys.get(id);
    mayBeNew = false;
    const now = clock.now().toISOString();
    const claim = randomUUID();
    if (!existing) {
      const fresh = {
        claim,
        startedAt: now,
        idSeed: randomUUID(),
        recorded: [],
      } satisfies Claim;
      try {
        await keys.insert({
          _id: id,
          state: 'pending',
          bodyHash,
          result: null,
          createdAt: now,
          claim,
          leaseAt: now,
          startedAt: fresh.startedAt,
          idSeed: fresh.idSeed,
          journal: [],
          expiresAt: new Date(clock.now().getTime() + IDEMPOTENCY_KEEP_MS).toISOString(),
        });
        return fresh;
      } catch (e) {
        if (isStoreError(e, 'DUPLICATE')) continue;
        throw e;
      }
    }
    if (existing.bodyHash !== bodyHash) {
      throw new AppError('CONFLICT', '这个提交编号已经用于另一份内容，请重新提交。');
    }
    if (existing.state === 'done') return { done: existing.result as CallResult<unknown> };
    const lastSign = Date.parse(existing.leaseAt ?? existing.createdAt);
    if (clock.now().getTime() - lastSign <= leaseMs) {
      const left = deadline - Date.now();
      if (left <= 0) throw new AppError('CONFLICT', '上一次提交还在处理中，请稍后刷新查看。');
      await sleep(Math.min(poll, left));
      poll = Math.min(MAX_POLL_MS, poll * 2);
      continue;
    }
    // A claim left by a crashed (or given-up) run: take it over and resume from its journal.
    const taken: Claim = {
      claim,
      recorded: existing.journal ?? [],
      startedAt: existing.startedAt ?? existing.createdAt,
      idSeed: existing.idSeed ?? randomUUID(),
    };
    try {
      await keys.update(
        id,
        { set: { claim, leaseAt: now, startedAt: taken.startedAt, idSeed: taken.idSeed } },
        { ifVersion: existing._version },
      );
      return taken;
    } catch (e) {
      if (isStoreError(e, 'VERSION_CONFLICT')) continue;
      throw e;
    }
  }
}

/** Applies `change` to the key only while `claim` still holds it. */
async function whileHeld(
  store: Store,
  id: string,
  claim: string,
  change: 'remove' | Partial<IdempotencyDoc>,
): Promise<void> {
  await store.transaction(async (tx) => {
    const key = await tx.get(idempotencyCollection, id);
    if (!key || key.state !== 'pending' || key.claim !== claim) return;
    if (change === 'remove') await tx.remove(idempotencyCollection, id);
    else await tx.update(idempotencyCollection, id, { set: change });
  });
}

const TAKEN = Symbol('key taken');

/**
 * The fast path of a keyed call: no claim before the handler. Its first write step reads the key
 * by id inside its own transaction and creates it there with the step's journal entry, so claim
 * and effect commit together in one transaction; a key already there (a replay, a concurrent
 * duplicate, the same key with another body) rolls that step back and the call is answered by the
 * slow path from the key. A run that wrote nothing records its answer with one insert (a clash
 * there again means another run answered first). TAKEN: answer from the key.
 */
async function runFresh(
  store: Store,
  clock: Clock,
  id: string,
  bodyHash: string,
  execute: (call: KeyedCall) => Promise<CallResult<unknown>>,
): Promise<CallResult<unknown> | typeof TAKEN> {
  const keys = store.collection(idempotencyCollection);
  const now = clock.now().toISOString();
  const expiresAt = new Date(clock.now().getTime() + IDEMPOTENCY_KEEP_MS).toISOString();
  const claim = randomUUID();
  const idSeed = randomUUID();
  const journaled = createJournaledStore(store, clock, {
    keyId: id,
    claim,
    recorded: [],
    fresh: {
      state: 'pending',
      bodyHash,
      result: null,
      createdAt: now,
      claim,
      startedAt: now,
      idSeed,
      expiresAt,
    },
  });
  const callClock: Clock = { now: () => new Date(now) };
  const wrote = () => journaled.committedSteps() > 0;
  /** A run that wrote nothing and failed: the key may still hold an earlier run's answer. */
  const keyExists = async () => (await keys.get(id)) !== null;

  let result: CallResult<unknown>;
  try {
    result = await runWithReplayableIds(idSeed, () =>
      execute({ store: journaled, clock: callClock }),
    );
  } catch (e) {
    if (journaled.keyTaken() || e instanceof KeyTaken) return TAKEN;
    if (!wrote()) {
      if (await keyExists()) return TAKEN;
      throw e;
    }
    await whileHeld(store, id, claim, { leaseAt: RELEASED });
    throw e;
  }
  if (journaled.keyTaken()) return TAKEN;
  const failedUnexpectedly = !result.ok && result.error.code === 'INTERNAL';
  if (!wrote()) {
    if (failedUnexpectedly) return (await keyExists()) ? TAKEN : result;
    try {
      await keys.insert({
        _id: id,
        state: 'done',
        bodyHash,
        result,
        createdAt: now,
        startedAt: now,
        journal: [],
        expiresAt,
      });
      return result;
    } catch (e) {
      if (isStoreError(e, 'DUPLICATE')) return TAKEN;
      throw e;
    }
  }
  if (failedUnexpectedly) {
    await whileHeld(store, id, claim, { leaseAt: RELEASED });
    return result;
  }
  await markDone(store, id, claim, journaled, result);
  return result;
}

/** Records the answer: one compare-and-set on the version this run's last step left, or a check. */
async function markDone(
  store: Store,
  id: string,
  claim: string,
  journaled: JournaledStore,
  result: CallResult<unknown>,
): Promise<void> {
  const done = { state: 'done' as const, result, journal: [] };
  // Most runs: one compare-and-set on the version this run's last step left (the key unchanged
  // since means this run still holds it) instead of a transaction (start, read, write, commit).
  const version = journaled.keyVersion();
  if (version !== null) {
    try {
      await store
        .collection(idempotencyCollection)
        .update(id, { set: done }, { ifVersion: version });
      return;
    } catch (e) {
      if (!isStoreError(e, 'VERSION_CONFLICT') && !isStoreError(e, 'NOT_FOUND')) throw e;
    }
  }
  await whileHeld(store, id, claim, done);
}

/**
 * Runs a keyed mutating call at most once per (function, action, caller, key). A replay with the
 * same body returns the stored result; the same key with another body is CONFLICT.
 *
 * Fast path first (runFresh): the key is created inside the handler's first write step. When the
 * key is already there, the slow path answers: claim → effect → done, crash-safe: every write
 * step of the handler commits together with an entry in the key's journal (journaled-store.ts),
 * and the handler runs with the call's fixed instant and replayable ids. A retry after a crash
 * takes the abandoned claim over and runs the handler again, but each journaled step returns its
 * recorded value instead of writing twice, so the retry answers what the first run would have
 * answered, with one effect.
 *
 * Unexpected failures before any write leave no key (fast path) or release it (slow path), so a
 * retry runs afresh; after a write they leave the claim open for the next retry to resume at once.
 * Answered results (success or an expected error) are kept.
 */
export async function withIdempotency(
  store: Store,
  clock: Clock,
  scope: IdempotencyScope,
  execute: (call: KeyedCall) => Promise<CallResult<unknown>>,
): Promise<CallResult<unknown>> {
  const id = sha256(`${scope.fn}|${scope.action}|${scope.callerKey}|${scope.key}`);
  const bodyHash = sha256(stableStringify(scope.payload ?? null));
  const fast = await runFresh(store, clock, id, bodyHash, execute);
  if (fast !== TAKEN) return fast;
  const claimed = await claimKey(
    store,
    clock,
    id,
    bodyHash,
    scope.leaseMs ?? DEFAULT_LEASE_MS,
    scope.pendingWaitMs ?? PENDING_WAIT_MS,
    false,
  );
  if ('done' in claimed) return claimed.done;

  const journaled = createJournaledStore(store, clock, {
    keyId: id,
    claim: claimed.claim,
    recorded: claimed.recorded,
  });
  const callClock: Clock = { now: () => new Date(claimed.startedAt) };
  const release = () =>
    whileHeld(
      store,
      id,
      claimed.claim,
      claimed.recorded.length === 0 && journaled.committedSteps() === 0
        ? 'remove'
        : { leaseAt: RELEASED },
    );

  let result: CallResult<unknown>;
  try {
    result = await runWithReplayableIds(claimed.idSeed, () =>
      execute({ store: journaled, clock: callClock }),
    );
  } catch (e) {
    await release();
    throw e;
  }
  if (!result.ok && result.error.code === 'INTERNAL') {
    await release();
    return result;
  }
  await markDone(store, id, claimed.claim, journaled, result);
  return result;
}
