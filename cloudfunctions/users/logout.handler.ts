import type { ActionInput } from '../../shared/src/contract/define-function';
import type { usersContract } from '../../shared/src/users/users-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { sessionsCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';
import { revokeOwnSession } from './revoke-own-session';

type Actions = typeof usersContract.actions;

/**
 * 退出登录: the login this call came with stops working at once. On CloudBase there is no login
 * to end (WeChat vouches for each call), so only the audit entry is written; the phone clears
 * its own data either way.
 */
export async function logout(input: ActionInput<Actions, 'logout'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  if (input.scope === 'all_devices') {
    // A login lasts 3 days, so a user has few; each is ended (and audited) on its own.
    const mine = await ctx.store
      .collection(sessionsCollection)
      .find({ userId: caller.userId, revokedAt: null }, { limit: 200 });
    let revoked = false;
    for (const session of mine.items) {
      revoked = (await revokeOwnSession(ctx, caller, session._id, 'logout all devices')) || revoked;
    }
    if (!caller.sessionId && !revoked) {
      await ctx.audit.record({
        entity: 'user',
        entityId: caller.userId,
        note: 'logout all devices (platform identity)',
      });
    }
    return { revoked };
  }
  if (!caller.sessionId) {
    await ctx.audit.record({
      entity: 'user',
      entityId: caller.userId,
      note: 'logout (platform identity)',
    });
    return { revoked: false };
  }
  const revoked = await revokeOwnSession(ctx, caller, caller.sessionId, 'logout');
  return { revoked };
}
