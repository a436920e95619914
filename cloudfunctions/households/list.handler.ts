import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import type { Filter } from '../platform/ports/store';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { scopeFilter } from '../platform/runtime/scope';
import { householdsCollection } from './household-collections';
import { auditRead, listNote } from './audit-read';
import { householdSearchFilter } from './household-search-filter';
import { toHouseholdSummary } from './household-views';
import { orgUnitNames } from '../platform/runtime/org-unit-names';

type Actions = typeof householdsContract.actions;

/** 三类户 whose review date has passed (the dashboard counts the same). */
export function overdueReviewFilter(ctx: HandlerContext): Filter {
  return {
    category: 'monitored',
    reviewDueAt: { $lt: ctx.clock.now().toISOString().slice(0, 10) },
  };
}

export function householdListFilter(
  input: ActionInput<Actions, 'list'>,
  ctx: HandlerContext,
): Filter {
  return {
    ...scopeFilter(ctx.scope),
    ...(input.villageId ? { villageId: input.villageId } : {}),
    ...(input.category ? { category: input.category } : {}),
    ...(input.monitorType ? { monitorType: input.monitorType } : {}),
    ...(input.reviewOverdue ? overdueReviewFilter(ctx) : {}),
    ...householdSearchFilter(input.q, ctx.dataKeys),
  };
}

export async function list(input: ActionInput<Actions, 'list'>, ctx: HandlerContext) {
  // A cadre's own scope wins: a village outside it simply matches nothing.
  const scoped = scopeFilter(ctx.scope);
  const filter = householdListFilter(input, ctx);
  const page = await ctx.store
    .collection(householdsCollection)
    .find(
      { $and: [scoped, filter] },
      { sort: [['headName', 'asc']], limit: input.limit, after: input.cursor },
    );
  const names = await orgUnitNames(
    ctx.store,
    page.items.map((h) => h.villageId),
  );
  await auditRead(ctx, 'list', listNote(input, page.items));
  return {
    items: page.items.map((h) => toHouseholdSummary(h, names.get(h.villageId) ?? null, ctx)),
    nextCursor: page.nextCursor,
  };
}
