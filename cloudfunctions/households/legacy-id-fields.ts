import type { CollectionDef, Store } from '../platform/ports/store';
import type { UserDoc } from '../platform/runtime/platform-collections';
import { usersCollection } from '../platform/runtime/platform-collections';
import type { DataKeys, SealedIdNumber } from '../platform/runtime/sealed-value';
import { idLast4Hash, openSealedValue } from '../platform/runtime/sealed-value';
import type { HouseholdDoc, MemberDoc } from './household-collections';
import { householdsCollection } from './household-collections';

/** How members and users kept ID numbers before issue 11 (a masked form, the last 4, the birth date). */
type LegacySealed = SealedIdNumber & { masked?: string; last4?: string };
type LegacyMember = Omit<MemberDoc, 'birthYear' | 'idNumber'> & {
  idNumber: LegacySealed;
  birthDate?: string;
  birthYear?: number | null;
};
type LegacyHousehold = Omit<HouseholdDoc, 'members'> & {
  members: LegacyMember[];
  headIdLast4?: string;
};
type LegacyUser = Omit<UserDoc, 'idNumber'> & { idNumber: LegacySealed | null };

/** The same collections, typed as they may still be on disk. */
const legacyHouseholds = { ...householdsCollection } as CollectionDef<LegacyHousehold>;
const legacyUsers = { ...usersCollection } as CollectionDef<LegacyUser>;

const PAGE = 500;

function sealedOnly(v: LegacySealed): SealedIdNumber {
  return { sealed: v.sealed, hash: v.hash };
}

function modernMember(m: LegacyMember): MemberDoc {
  const { birthDate, idNumber, ...rest } = m;
  const year = m.birthYear ?? (birthDate ? Number(birthDate.slice(0, 4)) : NaN);
  return {
    ...rest,
    idNumber: sealedOnly(idNumber),
    birthYear: Number.isFinite(year) ? year : null,
  };
}

/**
 * Start-up pass for data written before issue 11: households lose the plain `birthDate`,
 * masked form and last 4 of every member and the head's plain last 4 (a keyed hash replaces
 * it); users lose the masked form and last 4 of their ID number. Idempotent: it finds only
 * documents that still hold the old fields, so a second run touches nothing. On SQLite the file
 * is then compacted, so the old values are not left in free pages either. Returns how many
 * documents it rewrote.
 */
export async function migrateLegacyIdFields(store: Store, keys: DataKeys): Promise<number> {
  let rewritten = 0;
  const seen = new Set<string>();
  // A document the pass has rewritten never matches again; meeting one twice would loop forever.
  const once = (id: string) => {
    if (seen.has(id)) throw new Error(`legacy ID fields: ${id} was not rewritten`);
    seen.add(id);
  };
  const households = store.collection(legacyHouseholds);
  for (;;) {
    // Old documents are those that still carry `headIdLast4` (always set before issue 11).
    const page = await households.find({ headIdLast4: { $gte: '' } }, { limit: PAGE });
    if (!page.items.length) break;
    for (const h of page.items) {
      once(h._id);
      const members = h.members.map(modernMember);
      const head = h.members.find((m) => m.relation === 'head') ?? h.members[0];
      const last4 = head
        ? (head.idNumber.last4 ?? openSealedValue(head.idNumber, keys).slice(-4))
        : '';
      await households.update(
        h._id,
        {
          set: { members, headIdLast4Hash: last4 ? idLast4Hash(last4, keys) : '' },
          unset: ['headIdLast4'],
        },
        { ifVersion: h._version },
      );
      rewritten++;
    }
  }
  const users = store.collection(legacyUsers);
  for (;;) {
    const page = await users.find({ 'idNumber.last4': { $gte: '' } }, { limit: PAGE });
    if (!page.items.length) break;
    for (const u of page.items) {
      once(u._id);
      if (!u.idNumber) continue;
      await users.update(
        u._id,
        { set: { idNumber: sealedOnly(u.idNumber) } },
        { ifVersion: u._version },
      );
      rewritten++;
    }
  }
  // Old versions of the rewritten documents may linger in the file's free pages (SQLite).
  if (rewritten > 0 && hasCompact(store)) store.compact();
  return rewritten;
}

function hasCompact(store: Store): store is Store & { compact(): void } {
  return typeof (store as Partial<{ compact: unknown }>).compact === 'function';
}
