import type { ActionInput } from '../../shared/src/contract/define-function';
import type { usersContract } from '../../shared/src/users/users-contract';
import type { Filter } from '../platform/ports/store';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { orgUnitsCollection } from '../platform/runtime/platform-collections';

type Actions = typeof usersContract.actions;

export async function listOrgUnits(
  input: ActionInput<Actions, 'listOrgUnits'>,
  ctx: HandlerContext,
) {
  const filter: Filter = {};
  if (input.level) filter.level = input.level;
  if (input.parentId) filter.parentId = input.parentId;
  const page = await ctx.store
    .collection(orgUnitsCollection)
    .find(filter, { sort: [['order', 'asc']], limit: 1000 });
  return { items: page.items.map(({ _id, _version: _v, order: _o, ...u }) => ({ id: _id, ...u })) };
}
