import type { ActionInput } from '../../shared/src/contract/define-function';
import { parseUserSearch } from '../../shared/src/users/user-search';
import type { usersContract } from '../../shared/src/users/users-contract';
import type { Filter } from '../platform/ports/store';
import { invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { usersCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';
import { toStaffViews } from './staff-view';

type Actions = typeof usersContract.actions;

/**
 * 人员与角色: the admin finds anyone, villagers too, by the beginning of the name or the last 4
 * digits of the phone. Answers only masked phones; every search is audited (the searched text is
 * not repeated in the log, only how it searched and whom it returned).
 */
export async function findUsers(input: ActionInput<Actions, 'findUsers'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const search = parseUserSearch(input.q);
  if (!search) throw invalid({ q: '请输入姓名或手机号后4位' });
  const filter: Filter =
    search.by === 'phone_last4'
      ? { phoneLast4: search.last4 }
      : { name: { $prefix: search.prefix } };
  const page = await ctx.store
    .collection(usersCollection)
    .find(filter, { limit: input.limit, after: input.cursor, sort: [['name', 'asc']] });
  await ctx.audit.record({
    entity: 'user_search',
    entityId: caller.userId,
    note: `find by=${search.by} n=${page.items.length}: ${page.items.map((u) => u._id).join(',')}`,
  });
  return {
    items: await toStaffViews(ctx.store, page.items),
    nextCursor: page.nextCursor,
  };
}
