import type { ActionInput } from '../../shared/src/contract/define-function';
import type { messagesContract } from '../../shared/src/messages/messages-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { messagesCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';

type Actions = typeof messagesContract.actions;

/** How many of my messages are unread (the badge on 我的). */
export async function unreadCount(
  _input: ActionInput<Actions, 'unreadCount'>,
  ctx: HandlerContext,
) {
  const caller = requireUser(ctx);
  const count = await ctx.store
    .collection(messagesCollection)
    .count({ userId: caller.userId, readAt: null });
  return { count };
}
