import type { Role } from '../../../shared/src/auth/roles';
import type { Principal } from '../ports/identity';
import type { Clock } from '../ports/clock';
import type { Store } from '../ports/store';
import { isStoreError } from '../ports/store';
import type { UserDoc } from './platform-collections';
import { usersCollection } from './platform-collections';

/** Who is calling, as resolved from the platform (never from the payload). */
export type Caller =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      openid: string;
      role: Role;
      name: string | null;
      orgUnitId: string | null;
      villageId: string | null;
      townId: string | null;
      householdId: string | null;
      /** The login this call came with (local dev-login); null on CloudBase, where WeChat vouches. */
      sessionId: string | null;
    };

export type UserCaller = Extract<Caller, { kind: 'user' }>;

function toCaller(doc: UserDoc & { _id: string }, sessionId: string | null): UserCaller {
  return {
    kind: 'user',
    userId: doc._id,
    openid: doc.openid,
    role: doc.role,
    name: doc.name,
    orgUnitId: doc.orgUnitId,
    villageId: doc.villageId,
    townId: doc.townId,
    householdId: doc.householdId ?? null,
    sessionId,
  };
}

/**
 * The user records of recent callers, by openid, kept by a warm function instance so a call does
 * not start with a database round trip for its caller.
 *
 * Staleness: the runtime empties it whenever this instance writes a user record (run-action.ts
 * watches the store: a role given, a profile saved or a household joined here is seen by the next
 * call at once). A
 * change made by ANOTHER instance (CloudBase runs several, one per function) is seen once the
 * entry is `ttlMs` old: for up to that long a caller whose role was taken away may still act with
 * the old role in an instance that served them just before. Keep `ttlMs` short (30 s).
 */
export interface CallerCache {
  get(openid: string): (UserDoc & { _id: string }) | null;
  /** What `set` needs: take it before reading the record, so a clear meanwhile wins. */
  generation(): number;
  /** Keeps `doc` unless the cache was cleared since `readSince` (a write raced the read). */
  set(doc: UserDoc & { _id: string }, readSince: number): void;
  clear(): void;
}

export function createCallerCache(
  ttlMs: number,
  options: { maxEntries?: number; now?: () => number } = {},
): CallerCache {
  // A steady timer, not the functions' clock: a dev clock moved by days must not keep entries.
  const now = options.now ?? (() => performance.now());
  const maxEntries = options.maxEntries ?? 5_000;
  const docs = new Map<string, { at: number; doc: UserDoc & { _id: string } }>();
  let generation = 0;
  return {
    generation: () => generation,
    get(openid) {
      const hit = docs.get(openid);
      if (!hit) return null;
      if (now() - hit.at >= ttlMs) {
        docs.delete(openid);
        return null;
      }
      return structuredClone(hit.doc);
    },
    set(doc, readSince) {
      if (ttlMs <= 0 || readSince !== generation) return;
      // Oldest first out: a Map keeps insertion order.
      if (docs.size >= maxEntries) docs.delete(docs.keys().next().value ?? '');
      docs.delete(doc.openid);
      docs.set(doc.openid, { at: now(), doc: structuredClone(doc) });
    },
    clear: () => {
      generation++;
      docs.clear();
    },
  };
}

/**
 * Loads the caller's user record by openid (from `cache` when it holds a fresh one); a first-time WeChat user becomes a villager with an
 * empty profile (they pick their village in 我的资料).
 */
export async function resolveCaller(
  principal: Principal | null,
  store: Store,
  clock: Clock,
  cache?: CallerCache,
): Promise<Caller> {
  if (!principal) return { kind: 'anonymous' };
  const sessionId = principal.sessionId ?? null;
  const remembered = cache?.get(principal.openid);
  if (remembered) return toCaller(remembered, sessionId);
  const users = store.collection(usersCollection);
  const readSince = cache?.generation() ?? 0;
  const found = await users.find({ openid: principal.openid }, { limit: 1 });
  const existing = found.items[0];
  if (existing) {
    cache?.set(existing, readSince);
    return toCaller(existing, sessionId);
  }
  const now = clock.now().toISOString();
  try {
    const created = await users.insert({
      openid: principal.openid,
      role: 'villager',
      name: null,
      orgUnitId: null,
      villageId: null,
      townId: null,
      householdId: null,
      phone: null,
      idNumber: null,
      consents: [],
      demo: false,
      createdAt: now,
      updatedAt: now,
    });
    return toCaller(created, sessionId);
  } catch (e) {
    // Two first calls at once: the other one created the user.
    if (!isStoreError(e, 'DUPLICATE')) throw e;
    const again = (await users.find({ openid: principal.openid }, { limit: 1 })).items[0];
    if (!again) throw e;
    return toCaller(again, sessionId);
  }
}
