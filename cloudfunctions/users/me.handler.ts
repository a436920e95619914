import type { ActionInput } from '../../shared/src/contract/define-function';
import type { usersContract } from '../../shared/src/users/users-contract';
import { notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { usersCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';
import { toMeView } from './user-views';

type Actions = typeof usersContract.actions;

export async function me(_input: ActionInput<Actions, 'me'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const user = await ctx.store.collection(usersCollection).get(caller.userId);
  if (!user) throw notFound();
  return toMeView(ctx.store, user, ctx.dataKeys);
}
