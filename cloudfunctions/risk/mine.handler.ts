import type { ActionInput } from '../../shared/src/contract/define-function';
import type { riskContract } from '../../shared/src/risk/risk-contract';
import type { Filter } from '../platform/ports/store';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { riskReportsCollection } from './risk-collections';
import { toReportView } from './risk-views';

type Actions = typeof riskContract.actions;

/** 我的申报: the reports of the caller's household and those they filed for others, newest first. */
export async function mine(input: ActionInput<Actions, 'mine'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const filter: Filter = caller.householdId
    ? { $or: [{ householdId: caller.householdId }, { filerId: caller.userId }] }
    : { filerId: caller.userId };
  const page = await ctx.store
    .collection(riskReportsCollection)
    .find(filter, { sort: [['submittedAt', 'desc']], limit: input.limit, after: input.cursor });
  const items = await Promise.all(page.items.map((r) => toReportView(ctx, caller, r)));
  return { items, nextCursor: page.nextCursor };
}
