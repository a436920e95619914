import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import { notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { usersCollection } from '../platform/runtime/platform-collections';
import { requireUser } from '../platform/runtime/require-user';
import { householdsCollection, joinRequestsCollection } from './household-collections';
import { deciderFor } from './join-decider';
import { toJoinRequestView, toLinkedAccountView } from './join-request-views';

type Actions = typeof householdsContract.actions;

const LIMIT = 50;

/**
 * Pending join requests and linked accounts of one household (its village cadre or head), or
 * the pending requests of the cadre's whole village. Audited as a sensitive read.
 */
export async function joinRequests(
  input: ActionInput<Actions, 'joinRequests'>,
  ctx: HandlerContext,
) {
  const caller = requireUser(ctx);
  const householdId = input.householdId ?? (caller.role === 'villager' ? caller.householdId : null);
  const requests = ctx.store.collection(joinRequestsCollection);
  const users = ctx.store.collection(usersCollection);
  if (!householdId) {
    if (ctx.scope.level !== 'village' || caller.role !== 'village_cadre')
      throw notFound('没有找到这户的档案。');
    const page = await requests.find(
      { villageId: ctx.scope.villageId, status: 'pending' },
      { sort: [['createdAt', 'asc']], limit: LIMIT },
    );
    const heads = new Map<string, string>();
    for (const id of new Set(page.items.map((r) => r.householdId))) {
      const h = await ctx.store.collection(householdsCollection).get(id);
      if (h) heads.set(id, h.headName);
    }
    await ctx.audit.record({
      entity: 'join_requests',
      entityId: ctx.scope.villageId,
      note: `read village pending=${page.items.length}`,
    });
    const items = [];
    for (const r of page.items)
      items.push(toJoinRequestView(r, heads.get(r.householdId) ?? null, await users.get(r.userId)));
    return { items, linked: [] };
  }
  const h = await ctx.store.collection(householdsCollection).get(householdId);
  const decider = h ? await deciderFor(ctx, null, h) : null;
  if (!h || !decider) throw notFound('没有找到这户的档案。');
  const [pending, linked] = await Promise.all([
    requests.find(
      { householdId: h._id, status: 'pending' },
      { sort: [['createdAt', 'asc']], limit: LIMIT },
    ),
    users.find({ householdId: h._id }, { limit: LIMIT }),
  ]);
  await ctx.audit.record({
    entity: 'join_requests',
    entityId: h._id,
    note: `read pending=${pending.items.length} linked=${linked.items.length}`,
  });
  const items = [];
  for (const r of pending.items)
    items.push(toJoinRequestView(r, h.headName, await users.get(r.userId)));
  return { items, linked: linked.items.map((u) => toLinkedAccountView(u, h)) };
}
