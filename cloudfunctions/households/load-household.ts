import type { Doc } from '../platform/ports/store';
import { notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { inScope } from '../platform/runtime/scope';
import type { HouseholdDoc } from './household-collections';
import { householdsCollection } from './household-collections';

/** A household the caller may see, or NOT_FOUND (never FORBIDDEN: out of scope looks absent). */
export async function loadHouseholdInScope(
  ctx: HandlerContext,
  householdId: string,
): Promise<Doc<HouseholdDoc>> {
  const h = await ctx.store.collection(householdsCollection).get(householdId);
  const own = ctx.caller.kind === 'user' && ctx.caller.householdId === householdId;
  if (!h || !inScope(ctx.scope, h, own)) throw notFound('没有找到这户的档案。');
  return h;
}
