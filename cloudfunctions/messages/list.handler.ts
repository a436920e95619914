import type { ActionInput } from '../../shared/src/contract/define-function';
import type { messagesContract } from '../../shared/src/messages/messages-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { messagesCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';
import { toMessageView } from './message-views';

type Actions = typeof messagesContract.actions;

/** My messages, newest first, a page at a time; never anyone else's. */
export async function list(input: ActionInput<Actions, 'list'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const page = await ctx.store
    .collection(messagesCollection)
    .find(
      { userId: caller.userId, ...(input.unreadOnly ? { readAt: null } : {}) },
      { sort: [['createdAt', 'desc']], limit: input.limit, after: input.cursor },
    );
  return { items: page.items.map(toMessageView), nextCursor: page.nextCursor };
}
