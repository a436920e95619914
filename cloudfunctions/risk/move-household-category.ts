import type { HouseholdCategory, MonitorType } from '../../shared/src/households/household-category';
import type { WarningRule } from '../../shared/src/households/warning-rules';
import type { MemberForLabour } from '../../shared/src/risk/labour-capacity';
import { derivedFields } from '../households/build-household';
import type { HouseholdDoc } from '../households/household-collections';
import { householdsCollection } from '../households/household-collections';
import { nextReviewDue } from '../households/review-due';
import type { Doc, Transaction } from '../platform/ports/store';
import { conflict } from '../platform/runtime/app-error';

/**
 * The only way into or out of 三类户: the risk workflow moves the household (inside the report's
 * transaction) when the city approves monitoring or 风险消除. `households.changeCategory` refuses it.
 */
export async function moveHouseholdCategory(
  tx: Transaction,
  householdId: string,
  to: { category: HouseholdCategory; monitorType: MonitorType | null },
  rules: readonly WarningRule[],
  now: Date,
): Promise<Doc<HouseholdDoc>> {
  const h = await tx.get(householdsCollection, householdId);
  if (!h) throw conflict('这件申报关联的户档案找不到了，请村里重新核实。');
  return tx.update(
    householdsCollection,
    h._id,
    {
      set: {
        category: to.category,
        monitorType: to.monitorType,
        reviewDueAt: nextReviewDue(to.category, now),
        ...derivedFields({ ...h, category: to.category }, rules, now),
        updatedAt: now.toISOString(),
      },
    },
    { ifVersion: h._version },
  );
}

/** The household's members as the labour rule reads them (age from the birth year). */
export function membersForLabour(h: HouseholdDoc, now: Date): MemberForLabour[] {
  const year = now.getUTCFullYear();
  return h.members.map((m) => ({
    age: m.birthYear === null ? null : year - m.birthYear,
    health: m.health,
    disabledSince: m.disabledSince,
  }));
}
