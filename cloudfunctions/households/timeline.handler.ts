import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { householdEventsCollection } from '../platform/runtime/platform-collections';
import { auditRead } from './audit-read';
import { loadHouseholdInScope } from './load-household';

type Actions = typeof householdsContract.actions;

/** Every record of a household across features, newest first (features write household_events). */
export async function timeline(input: ActionInput<Actions, 'timeline'>, ctx: HandlerContext) {
  const h = await loadHouseholdInScope(ctx, input.householdId);
  const page = await ctx.store
    .collection(householdEventsCollection)
    .find(
      { householdId: h._id },
      { sort: [['at', 'desc']], limit: input.limit, after: input.cursor },
    );
  await auditRead(ctx, h._id, `timeline events=${page.items.length}`);
  return {
    items: page.items.map((e) => ({
      eventId: e._id,
      at: e.at,
      kind: e.kind,
      title: e.title,
      detail: e.detail,
      actorRole: e.actorRole,
    })),
    nextCursor: page.nextCursor,
  };
}
