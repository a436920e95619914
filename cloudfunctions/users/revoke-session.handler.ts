import type { ActionInput } from '../../shared/src/contract/define-function';
import type { usersContract } from '../../shared/src/users/users-contract';
import { notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import { revokeOwnSession } from './revoke-own-session';

type Actions = typeof usersContract.actions;

/** Ends one of my logins (e.g. on a phone I no longer have); someone else's is NOT_FOUND. */
export async function revokeSession(
  input: ActionInput<Actions, 'revokeSession'>,
  ctx: HandlerContext,
) {
  const caller = requireUser(ctx);
  const revoked = await revokeOwnSession(ctx, caller, input.sessionId, 'revoked from the list');
  if (!revoked) throw notFound('没有找到这次登录。');
  return { revoked };
}
