import type { Transaction } from '../platform/ports/store';
import { isStoreError } from '../platform/ports/store';
import { conflict } from '../platform/runtime/app-error';
import type { MemberDoc } from './household-collections';
import { memberRegistryCollection } from './household-collections';

/**
 * Keeps "one person, one household" inside the write's transaction: each member's ID hash is a
 * document id, so a second household claiming the same person fails as a duplicate.
 */
export async function syncMemberRegistry(
  tx: Transaction,
  householdId: string,
  next: MemberDoc[],
  previous: MemberDoc[] = [],
): Promise<void> {
  const keep = new Set(next.map((m) => m.idNumber.hash));
  for (const m of previous) {
    if (!keep.has(m.idNumber.hash)) await tx.remove(memberRegistryCollection, m.idNumber.hash);
  }
  const had = new Set(previous.map((m) => m.idNumber.hash));
  for (const m of next) {
    if (had.has(m.idNumber.hash)) continue;
    try {
      await tx.insert(memberRegistryCollection, { _id: m.idNumber.hash, householdId });
    } catch (e) {
      if (isStoreError(e, 'DUPLICATE'))
        throw conflict(`${m.name}（身份证尾号${m.idNumber.last4}）已经登记在别的户里了。`);
      throw e;
    }
  }
}
