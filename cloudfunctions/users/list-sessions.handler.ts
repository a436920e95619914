import type { ActionInput } from '../../shared/src/contract/define-function';
import { sessionState } from '../../shared/src/users/session-rules';
import type { SessionView, usersContract } from '../../shared/src/users/users-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { sessionsCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';

type Actions = typeof usersContract.actions;

/** Logins kept per user in the list (a login lasts 3 days, so this is plenty). */
const LIST_LIMIT = 50;

/** 我的登录设备: my logins that still work, newest first; no tokens. Audited as a read. */
export async function listSessions(
  _input: ActionInput<Actions, 'listSessions'>,
  ctx: HandlerContext,
) {
  const caller = requireUser(ctx);
  const now = ctx.clock.now();
  const found = await ctx.store
    .collection(sessionsCollection)
    .find({ userId: caller.userId }, { sort: [['createdAt', 'desc']], limit: LIST_LIMIT });
  const items: SessionView[] = found.items
    .filter((s) => sessionState(s, now) === 'active')
    .map((s) => ({
      sessionId: s._id,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      expiresAt: s.expiresAt,
      clientMasked: s.clientMasked,
      current: s._id === caller.sessionId,
    }));
  await ctx.audit.record({
    entity: 'user',
    entityId: caller.userId,
    note: `listSessions: ${items.length}`,
  });
  return { items };
}
