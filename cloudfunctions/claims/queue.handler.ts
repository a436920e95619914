import type { claimsContract } from '../../shared/src/claims/claims-contract';
import type { ActionInput } from '../../shared/src/contract/define-function';
import { chinaDate } from '../../shared/src/review-workflow/working-days';
import type { Filter } from '../platform/ports/store';
import type { UserCaller } from '../platform/runtime/caller';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import type { Scope } from '../platform/runtime/scope';
import { scopeFilter } from '../platform/runtime/scope';
import type { ClaimLevel } from './claim-collections';
import { claimsCollection } from './claim-collections';
import { toClaimSummaries } from './claim-view-mapping';

type Actions = typeof claimsContract.actions;

/** The officials' levels (overdue counts their steps, not the family's appeal window). */
export const OFFICIAL_LEVELS: readonly ClaimLevel[] = ['village', 'town', 'insurer', 'city'];

/** The level whose turn the caller works: the insurer's surveyors, or the cadre's unit. */
export function claimLevelOfCaller(caller: UserCaller, scope: Scope): ClaimLevel | null {
  if (caller.role === 'insurer') return 'insurer';
  return scope.level === 'village' || scope.level === 'town' || scope.level === 'city'
    ? scope.level
    : null;
}

/** The claims the caller may see in a list: their area; for the insurer, what reached it. */
export function claimAreaFilter(caller: UserCaller, scope: Scope): Filter {
  return caller.role === 'insurer' ? { insurerVisible: true } : { ...scopeFilter(scope) };
}

/**
 * 待办: what waits for the caller's level in their area, soonest due first (one indexed query on
 * {area, waitingFor, dueOn}); `all`: everything in the area, newest first.
 */
export async function queue(input: ActionInput<Actions, 'queue'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const today = chinaDate(ctx.clock.now());
  const todo = input.view === 'todo';
  // What waits for the insurer has reached it: the {waitingFor, dueOn} index answers the todo.
  const filter: Filter =
    todo && caller.role === 'insurer' ? {} : claimAreaFilter(caller, ctx.scope);
  if (input.villageId) filter.villageId = input.villageId;
  if (input.householdId) filter.householdId = input.householdId;
  if (input.status) filter.status = input.status;
  if (input.type) filter.type = input.type;
  if (todo) filter.waitingFor = claimLevelOfCaller(caller, ctx.scope);
  if (input.overdueOnly) {
    filter.dueOn = { $lt: today };
    if (!todo) filter.waitingFor = { $in: [...OFFICIAL_LEVELS] };
  }
  const page = await ctx.store.collection(claimsCollection).find(filter, {
    sort: todo ? [['dueOn', 'asc']] : [['submittedAt', 'desc']],
    limit: input.limit,
    after: input.cursor,
  });
  return { items: await toClaimSummaries(ctx, page.items), nextCursor: page.nextCursor };
}
