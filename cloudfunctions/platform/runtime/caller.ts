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
 * Loads the caller's user record by openid; a first-time WeChat user becomes a villager with an
 * empty profile (they pick their village in 我的资料).
 */
export async function resolveCaller(
  principal: Principal | null,
  store: Store,
  clock: Clock,
): Promise<Caller> {
  if (!principal) return { kind: 'anonymous' };
  const users = store.collection(usersCollection);
  const found = await users.find({ openid: principal.openid }, { limit: 1 });
  const existing = found.items[0];
  const sessionId = principal.sessionId ?? null;
  if (existing) return toCaller(existing, sessionId);
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
