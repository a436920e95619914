import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import { notFound } from '../platform/runtime/app-error';
import { docsById } from '../platform/runtime/docs-by-id';
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
    const [heads, requesters] = await Promise.all([
      docsById(
        ctx.store.collection(householdsCollection),
        page.items.map((r) => r.householdId),
      ),
      docsById(
        users,
        page.items.map((r) => r.userId),
      ),
    ]);
    await ctx.audit.record({
      entity: 'join_requests',
      entityId: ctx.scope.villageId,
      note: `read village pending=${page.items.length}`,
    });
    const items = page.items.map((r) =>
      toJoinRequestView(
        r,
        heads.get(r.householdId)?.headName ?? null,
        requesters.get(r.userId) ?? null,
      ),
    );
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
  const requesters = await docsById(
    users,
    pending.items.map((r) => r.userId),
  );
  const items = pending.items.map((r) =>
    toJoinRequestView(r, h.headName, requesters.get(r.userId) ?? null),
  );
  return { items, linked: linked.items.map((u) => toLinkedAccountView(u, h)) };
}
