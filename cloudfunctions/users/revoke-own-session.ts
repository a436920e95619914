import type { HandlerContext } from '../platform/runtime/handler-context';
import type { UserCaller } from '../platform/runtime/caller';
import { sessionsCollection } from '../platform/runtime/platform-collections';

/**
 * Ends one of the caller's logins and audits it, in one transaction. False when the session is
 * not theirs, unknown or already ended (the handler decides what that means for the caller).
 */
export async function revokeOwnSession(
  ctx: HandlerContext,
  caller: UserCaller,
  sessionId: string,
  note: string,
): Promise<boolean> {
  return ctx.store.transaction(async (tx) => {
    const session = await tx.get(sessionsCollection, sessionId);
    if (!session || session.userId !== caller.userId) return false;
    if (session.revokedAt !== null) return true;
    await tx.update(
      sessionsCollection,
      sessionId,
      { set: { revokedAt: ctx.clock.now().toISOString() } },
      { ifVersion: session._version },
    );
    await ctx.audit.record(
      { entity: 'session', entityId: sessionId, from: 'active', to: 'revoked', note },
      tx,
    );
    return true;
  });
}
