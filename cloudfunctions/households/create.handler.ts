import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { recordHouseholdEvent } from '../platform/runtime/household-events';
import { newId } from '../platform/runtime/new-id';
import { requireUser } from '../platform/runtime/require-user';
import { buildMembers, derivedFields, headIdLast4HashOf } from './build-household';
import { householdsCollection } from './household-collections';
import { toHouseholdView } from './household-views';
import { loadWarningRules } from './household-warnings';
import { syncMemberRegistry } from './member-registry';
import { nextReviewDue } from './review-due';
import { villageInScope } from './village-in-scope';

type Actions = typeof householdsContract.actions;

export async function create(input: ActionInput<Actions, 'create'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const village = await villageInScope(ctx, input.villageId);
  const now = ctx.clock.now();
  const members = buildMembers(input.members, ctx.dataKeys);
  const facts = {
    members,
    annualIncome: input.annualIncome,
    expenses: input.expenses,
    category: input.category,
  };
  const id = newId();
  const doc = {
    _id: id,
    villageId: village.villageId,
    townId: village.townId,
    address: input.address,
    monitorType: input.monitorType,
    ...facts,
    ...derivedFields(facts, await loadWarningRules(ctx.store), now),
    headIdLast4Hash: headIdLast4HashOf(input.members, ctx.dataKeys),
    reviewDueAt: nextReviewDue(input.category, now),
    consentVersion: input.consentVersion,
    demo: false,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    createdBy: caller.userId,
  };
  const created = await ctx.store.transaction(async (tx) => {
    const h = await tx.insert(householdsCollection, doc);
    await syncMemberRegistry(ctx, tx, doc, members, input.members);
    await ctx.audit.record({ entity: 'household', entityId: id, to: input.category }, tx);
    await recordHouseholdEvent(ctx, tx, { household: h, kind: 'household.created' });
    return h;
  });
  return toHouseholdView(created, village.name, ctx, 'hidden');
}
