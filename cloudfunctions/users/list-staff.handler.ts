import type { ActionInput } from '../../shared/src/contract/define-function';
import type { usersContract } from '../../shared/src/users/users-contract';
import type { Filter } from '../platform/ports/store';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { usersCollection } from '../platform/runtime/platform-collections';
import { scopeFilter } from '../platform/runtime/scope';
import { toStaffViews } from './staff-view';

type Actions = typeof usersContract.actions;

export async function listStaff(input: ActionInput<Actions, 'listStaff'>, ctx: HandlerContext) {
  const filters: Filter[] = [scopeFilter(ctx.scope), { role: input.role ?? { $ne: 'villager' } }];
  if (input.orgUnitId) filters.push({ orgUnitId: input.orgUnitId });
  const page = await ctx.store
    .collection(usersCollection)
    .find({ $and: filters }, { limit: input.limit, after: input.cursor, sort: [['role', 'asc']] });
  return {
    items: await toStaffViews(ctx.store, page.items),
    nextCursor: page.nextCursor,
  };
}
