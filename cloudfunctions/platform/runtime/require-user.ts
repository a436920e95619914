import { AppError } from './app-error';
import type { UserCaller } from './caller';
import type { HandlerContext } from './handler-context';

/** The logged-in caller; the access table already guarantees one for non-public actions. */
export function requireUser(ctx: HandlerContext): UserCaller {
  if (ctx.caller.kind !== 'user') throw new AppError('UNAUTHENTICATED');
  return ctx.caller;
}
