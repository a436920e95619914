import type { ActionInput } from '../../shared/src/contract/define-function';
import type { messagesContract } from '../../shared/src/messages/messages-contract';
import { notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { messagesCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';

type Actions = typeof messagesContract.actions;

const BATCH = 200;

/**
 * Marks one of my messages read, or all of them (全部已读). Someone else's message is NOT_FOUND;
 * marking a read message again changes nothing.
 */
export async function markRead(input: ActionInput<Actions, 'markRead'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const nowIso = ctx.clock.now().toISOString();
  const messages = ctx.store.collection(messagesCollection);
  if (input.messageId !== undefined) {
    const id = input.messageId;
    return ctx.store.transaction(async (tx) => {
      const m = await tx.get(messagesCollection, id);
      if (!m || m.userId !== caller.userId) throw notFound('这条消息找不到了');
      if (m.readAt !== null) return { marked: 0 };
      await tx.update(
        messagesCollection,
        id,
        { set: { readAt: nowIso } },
        { ifVersion: m._version },
      );
      return { marked: 1 };
    });
  }
  let marked = 0;
  for (;;) {
    const page = await messages.find(
      { userId: caller.userId, readAt: null, createdAt: { $lte: nowIso } },
      { limit: BATCH },
    );
    for (const m of page.items) {
      await messages.update(m._id, { set: { readAt: nowIso } });
      marked++;
    }
    if (page.items.length < BATCH) break;
  }
  return { marked };
}
