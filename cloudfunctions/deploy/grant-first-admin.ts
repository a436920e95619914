import { randomUUID } from 'node:crypto';
import type { Clock } from '../platform/ports/clock';
import type { Doc, Store } from '../platform/ports/store';
import { isStoreError } from '../platform/ports/store';
import { createAuditWriter } from '../platform/runtime/audit-writer';
import { newId } from '../platform/runtime/new-id';
import type { OrgUnitDoc, UserDoc } from '../platform/runtime/platform-collections';
import { orgUnitsCollection, usersCollection } from '../platform/runtime/platform-collections';

export type FirstAdminOutcome = 'created' | 'promoted' | 'unchanged';

async function cityUnit(store: Store): Promise<Doc<OrgUnitDoc>> {
  const found = await store.collection(orgUnitsCollection).find({ level: 'city' }, { limit: 2 });
  const [city, other] = found.items;
  if (!city) throw new Error('no city unit in org_units: seed the org units first');
  if (other) throw new Error(`more than one city unit in org_units (${city._id}, ${other._id})`);
  return city;
}

/**
 * Makes the person with `openid` an admin of the city unit, so a new environment has someone who
 * can assign every other role in the app. Creates their user record when they have not logged in
 * yet (they keep it when they do: users are found by openid), or changes the role of the one
 * they have; the change is audited with actor `setup`. Running it again changes nothing.
 */
export async function grantFirstAdmin(
  store: Store,
  clock: Clock,
  openid: string,
): Promise<{ userId: string; outcome: FirstAdminOutcome; cityId: string }> {
  const city = await cityUnit(store);
  const users = store.collection(usersCollection);
  const audit = createAuditWriter(store, clock, {
    actorId: 'setup',
    actorRole: 'system',
    fn: 'setup-cloudbase',
    action: 'grantFirstAdmin',
    requestId: randomUUID(),
  });
  const target = `admin@${city._id}`;
  const asAdmin = {
    role: 'admin' as const,
    orgUnitId: city._id,
    villageId: null,
    townId: city.townId,
  };

  // Twice at most: a first login at the same moment may create the user in between.
  for (let round = 0; ; round++) {
    const existing = (await users.find({ openid }, { limit: 1 })).items[0];
    const now = clock.now().toISOString();
    if (existing?.role === 'admin' && existing.orgUnitId === city._id) {
      return { userId: existing._id, outcome: 'unchanged', cityId: city._id };
    }
    try {
      if (existing) {
        await store.transaction(async (tx) => {
          const user = await tx.get(usersCollection, existing._id);
          if (!user) throw new Error(`user ${existing._id} vanished`);
          await tx.update(
            usersCollection,
            user._id,
            { set: { ...asAdmin, updatedAt: now } },
            { ifVersion: user._version },
          );
          await audit.record(
            {
              entity: 'user',
              entityId: user._id,
              from: `${user.role}@${user.orgUnitId ?? '-'}`,
              to: target,
              note: 'first admin (npm run setup:cloudbase)',
            },
            tx,
          );
        });
        return { userId: existing._id, outcome: 'promoted', cityId: city._id };
      }
      const userId = newId();
      await store.transaction(async (tx) => {
        const doc: UserDoc & { _id: string } = {
          _id: userId,
          openid,
          ...asAdmin,
          name: null,
          householdId: null,
          phone: null,
          idNumber: null,
          consents: [],
          demo: false,
          createdAt: now,
          updatedAt: now,
        };
        await tx.insert(usersCollection, doc);
        await audit.record(
          {
            entity: 'user',
            entityId: userId,
            from: null,
            to: target,
            note: 'first admin (npm run setup:cloudbase)',
          },
          tx,
        );
      });
      return { userId, outcome: 'created', cityId: city._id };
    } catch (e) {
      const raced = isStoreError(e, 'DUPLICATE') || isStoreError(e, 'VERSION_CONFLICT');
      if (!raced || round >= 1) throw e;
    }
  }
}
