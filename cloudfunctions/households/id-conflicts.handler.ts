import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { auditRead } from './audit-read';
import { householdsCollection, idConflictsCollection } from './household-collections';

type Actions = typeof householdsContract.actions;

/**
 * Open ID-number conflicts for the level that resolves them: a town reviewer sees those between
 * two villages of their town; the city sees all. The cadres who entered them were not told.
 */
export async function idConflicts(input: ActionInput<Actions, 'idConflicts'>, ctx: HandlerContext) {
  const filter =
    ctx.scope.level === 'town'
      ? { townId: ctx.scope.townId, resolveAt: 'town', status: 'open' }
      : { status: 'open' };
  const page = await ctx.store
    .collection(idConflictsCollection)
    .find(filter, { sort: [['createdAt', 'asc']], limit: input.limit, after: input.cursor });
  const households = ctx.store.collection(householdsCollection);
  const items = [];
  for (const c of page.items) {
    const [h, other] = await Promise.all([
      households.get(c.householdId),
      households.get(c.otherHouseholdId),
    ]);
    items.push({
      conflictId: c._id,
      memberName: h?.members.find((m) => m.memberId === c.memberId)?.name ?? null,
      householdId: c.householdId,
      headName: h?.headName ?? null,
      villageId: c.villageId,
      otherHouseholdId: c.otherHouseholdId,
      otherHeadName: other?.headName ?? null,
      otherVillageId: c.otherVillageId,
      resolveAt: c.resolveAt,
      createdAt: c.createdAt,
    });
  }
  await auditRead(ctx, 'id_conflicts', `idConflicts n=${items.length}`);
  return { items, nextCursor: page.nextCursor };
}
