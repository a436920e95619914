import type { ActionInput } from '../../shared/src/contract/define-function';
import { chinaDate } from '../../shared/src/review-workflow/working-days';
import type { riskContract } from '../../shared/src/risk/risk-contract';
import type { Filter } from '../platform/ports/store';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { scopeFilter } from '../platform/runtime/scope';
import type { Scope } from '../platform/runtime/scope';
import { riskReportsCollection } from './risk-collections';
import { toSummaries } from './risk-views';

type Actions = typeof riskContract.actions;

/** The level whose turn it is that a cadre's scope works at. */
export function levelOfScope(scope: Scope): 'village' | 'town' | 'city' | null {
  return scope.level === 'village' || scope.level === 'town' || scope.level === 'city'
    ? scope.level
    : null;
}

/**
 * 待办: what waits for the caller's level in their area, soonest due first (one indexed query on
 * {area, waitingFor, dueOn}); `all`: everything in the area, newest first.
 */
export async function queue(input: ActionInput<Actions, 'queue'>, ctx: HandlerContext) {
  const today = chinaDate(ctx.clock.now());
  const filter: Filter = { ...scopeFilter(ctx.scope) };
  if (input.villageId) filter.villageId = input.villageId;
  if (input.householdId) filter.householdId = input.householdId;
  if (input.status) filter.status = input.status;
  const todo = input.view === 'todo';
  if (todo) filter.waitingFor = levelOfScope(ctx.scope);
  if (input.overdueOnly) {
    filter.dueOn = { $lt: today };
    if (!todo) filter.waitingFor = { $in: ['village', 'town', 'city'] };
  }
  const page = await ctx.store.collection(riskReportsCollection).find(filter, {
    sort: todo ? [['dueOn', 'asc']] : [['submittedAt', 'desc']],
    limit: input.limit,
    after: input.cursor,
  });
  return { items: await toSummaries(ctx, page.items), nextCursor: page.nextCursor };
}
