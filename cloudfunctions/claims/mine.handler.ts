import type { claimsContract } from '../../shared/src/claims/claims-contract';
import type { ActionInput } from '../../shared/src/contract/define-function';
import type { Filter } from '../platform/ports/store';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { claimsCollection } from './claim-collections';
import { toClaimView } from './claim-view-mapping';

type Actions = typeof claimsContract.actions;

/** 我的理赔: the claims of the caller's household and those they filed, newest first. */
export async function mine(input: ActionInput<Actions, 'mine'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const filter: Filter = caller.householdId
    ? { $or: [{ householdId: caller.householdId }, { filerId: caller.userId }] }
    : { filerId: caller.userId };
  const page = await ctx.store
    .collection(claimsCollection)
    .find(filter, { sort: [['submittedAt', 'desc']], limit: input.limit, after: input.cursor });
  const items = await Promise.all(page.items.map((c) => toClaimView(ctx, caller, c)));
  return { items, nextCursor: page.nextCursor };
}
