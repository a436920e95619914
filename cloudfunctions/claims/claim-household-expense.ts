import type { ClaimType } from '../../shared/src/claims/claim-schemes';
import type { WarningRule } from '../../shared/src/households/warning-rules';
import { derivedFields } from '../households/build-household';
import type { HouseholdDoc } from '../households/household-collections';
import { householdsCollection } from '../households/household-collections';
import type { Transaction } from '../platform/ports/store';
import type { ClaimDoc } from './claim-collections';

const EXPENSE_KIND: Record<ClaimType, HouseholdDoc['expenses'][number]['kind']> = {
  illness: 'medical',
  education: 'education',
  disaster: 'disaster',
  accident: 'accident',
};

/** The household record keeps this many expenses (as its form does). */
const MAX_EXPENSES = 50;

/**
 * An approved claim counts in the household's 户情 warnings: the cost the family bore (the
 * payout's base: self-paid medical costs, school costs less grants, the uncompensated loss) is
 * added to its expenses on the day of the incident, and the warnings are worked out again — inside
 * the claim's transaction, so the claim and the household record move together.
 */
export async function addApprovedClaimExpense(
  tx: Transaction,
  c: ClaimDoc,
  rules: readonly WarningRule[],
  now: Date,
): Promise<void> {
  if (!c.householdId) return;
  const h = await tx.get(householdsCollection, c.householdId);
  if (!h) return;
  const base = c.estimateLines.find((l) => l.kind === 'base');
  const amount = base?.kind === 'base' ? base.amount : 0;
  if (amount < 1) return;
  const expenses = [
    ...h.expenses,
    { kind: EXPENSE_KIND[c.type], amount, date: c.incidentOn, note: '防贫保险理赔（市里已审定）' },
  ].slice(-MAX_EXPENSES);
  await tx.update(
    householdsCollection,
    h._id,
    {
      set: {
        expenses,
        ...derivedFields({ ...h, expenses }, rules, now),
        updatedAt: now.toISOString(),
      },
    },
    { ifVersion: h._version },
  );
}
