import type { Transaction } from '../platform/ports/store';
import { AppError } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { takeLookups } from '../platform/runtime/lookup-limit';
import { newId } from '../platform/runtime/new-id';
import { inScope } from '../platform/runtime/scope';
import type { MemberDoc } from './household-collections';
import {
  householdsCollection,
  idConflictsCollection,
  memberRegistryCollection,
} from './household-collections';

type Place = { _id: string; villageId: string; townId: string };

/**
 * Keeps "one person, one household" inside the write's transaction: each member's ID hash is a
 * document id, so a second household claiming the same person meets the first.
 *
 * What the cadre is told depends on where the first household is (issue 11 point 6, no ID-number
 * oracle): inside the cadre's own scope the duplicate is named (they can see that household
 * anyway); outside it the write goes through exactly as if the number were new, and an
 * `id_conflict` is recorded for the level that sees both households (the town when both are in
 * one town, else the city) to resolve. New numbers count against the cadre's daily allowance,
 * and every check is audited.
 */
export async function syncMemberRegistry(
  ctx: HandlerContext,
  tx: Transaction,
  household: Place,
  next: MemberDoc[],
  plain: Array<{ name: string; idNumber: string }>,
  previous: MemberDoc[] = [],
): Promise<void> {
  const keep = new Set(next.map((m) => m.idNumber.hash));
  for (const m of previous) {
    if (keep.has(m.idNumber.hash)) continue;
    const entry = await tx.get(memberRegistryCollection, m.idNumber.hash);
    if (entry?.householdId === household._id)
      await tx.remove(memberRegistryCollection, m.idNumber.hash);
  }
  const had = new Set(previous.map((m) => m.idNumber.hash));
  const added = next.filter((m) => !had.has(m.idNumber.hash));
  await takeLookups(ctx, 'householdIdNumber', added.length, tx);
  let elsewhere = 0;
  for (const m of added) {
    const entry = {
      householdId: household._id,
      villageId: household.villageId,
      townId: household.townId,
    };
    // Read first, insert only when free: a refused insert would end the whole transaction on
    // CloudBase. Two households registering one number at once conflict on this id and retry.
    const registered = await tx.get(memberRegistryCollection, m.idNumber.hash);
    if (!registered) {
      await tx.insert(memberRegistryCollection, { _id: m.idNumber.hash, ...entry });
      continue;
    }
    const first = await placeOf(tx, registered);
    if (!first || first._id === household._id) continue;
    if (inScope(ctx.scope, first)) {
      const row = next.indexOf(m);
      const last4 = plain[row]?.idNumber.slice(-4) ?? '';
      const message = `${m.name}（身份证尾号${last4}）已经登记在本辖区别的户里了。`;
      // The row's field error says the same as the message, nothing of the other household.
      throw new AppError('CONFLICT', message, {
        [`members.${row}.idNumber`]: '这个身份证号已经登记在本辖区别的户里了',
      });
    }
    elsewhere++;
    const resolveAt = first.townId === household.townId ? 'town' : 'city';
    await tx.insert(idConflictsCollection, {
      _id: newId(),
      idHash: m.idNumber.hash,
      memberId: m.memberId,
      householdId: household._id,
      villageId: household.villageId,
      townId: household.townId,
      otherHouseholdId: first._id,
      otherVillageId: first.villageId,
      otherTownId: first.townId,
      resolveAt,
      status: 'open',
      createdAt: ctx.clock.now().toISOString(),
      createdBy: ctx.caller.kind === 'user' ? ctx.caller.userId : null,
    });
  }
  if (added.length)
    await ctx.audit.record(
      {
        entity: 'id_lookup',
        entityId: household._id,
        note: `id numbers checked=${added.length} conflicts for a higher level=${elsewhere}`,
      },
      tx,
    );
}

async function placeOf(
  tx: Transaction,
  entry: { householdId: string; villageId?: string | null; townId?: string | null },
): Promise<Place | null> {
  if (entry.villageId && entry.townId)
    return { _id: entry.householdId, villageId: entry.villageId, townId: entry.townId };
  // Entries written before issue 11 hold only the household id.
  const h = await tx.get(householdsCollection, entry.householdId);
  return h ? { _id: h._id, villageId: h.villageId, townId: h.townId } : null;
}
