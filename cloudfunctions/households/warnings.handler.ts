import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { scopeFilter } from '../platform/runtime/scope';
import { householdsCollection } from './household-collections';
import { toHouseholdSummary } from './household-views';
import { orgUnitNames } from '../platform/runtime/org-unit-names';
import { auditRead, listNote } from './audit-read';
import { loadWarningRules, warningsFor } from './household-warnings';

type Actions = typeof householdsContract.actions;

/**
 * Households flagged when last written, re-checked against today's date and the rules in force
 * (a warning whose window has passed drops out).
 */
export async function warnings(input: ActionInput<Actions, 'warnings'>, ctx: HandlerContext) {
  const now = ctx.clock.now();
  const rules = await loadWarningRules(ctx.store);
  const page = await ctx.store.collection(householdsCollection).find(
    {
      $and: [
        scopeFilter(ctx.scope),
        { hasWarnings: true, ...(input.villageId ? { villageId: input.villageId } : {}) },
      ],
    },
    { sort: [['headName', 'asc']], limit: input.limit, after: input.cursor },
  );
  const names = await orgUnitNames(
    ctx.store,
    page.items.map((h) => h.villageId),
  );
  const items = page.items
    .map((h) => ({ ...h, warnings: warningsFor(h, rules, now) }))
    .filter((h) => h.warnings.length > 0)
    .map((h) => toHouseholdSummary(h, names.get(h.villageId) ?? null, ctx));
  await auditRead(ctx, 'warnings', listNote(input, page.items));
  return { items, nextCursor: page.nextCursor };
}
