import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import { conflict, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { recordHouseholdEvent } from '../platform/runtime/household-events';
import { inScope } from '../platform/runtime/scope';
import { buildMembers, derivedFields, headIdLast4HashOf } from './build-household';
import { householdsCollection } from './household-collections';
import { toHouseholdView } from './household-views';
import { orgUnitNames } from '../platform/runtime/org-unit-names';
import { loadWarningRules } from './household-warnings';
import { syncMemberRegistry } from './member-registry';

type Actions = typeof householdsContract.actions;

export async function update(input: ActionInput<Actions, 'update'>, ctx: HandlerContext) {
  const now = ctx.clock.now();
  const rules = await loadWarningRules(ctx.store);
  const updated = await ctx.store.transaction(async (tx) => {
    const h = await tx.get(householdsCollection, input.householdId);
    if (!h || !inScope(ctx.scope, h)) throw notFound('没有找到这户的档案。');
    if (h._version !== input.expectedVersion)
      throw conflict('这户的档案刚被别人改过，请刷新后再改。');
    const members = input.members
      ? buildMembers(input.members, ctx.dataKeys, h.members)
      : h.members;
    const facts = {
      members,
      annualIncome: input.annualIncome ?? h.annualIncome,
      expenses: input.expenses ?? h.expenses,
      category: h.category,
    };
    if (input.members) await syncMemberRegistry(ctx, tx, h, members, input.members, h.members);
    const changed = (['address', 'members', 'annualIncome', 'expenses'] as const).filter(
      (k) => input[k] !== undefined,
    );
    const next = await tx.update(
      householdsCollection,
      h._id,
      {
        set: {
          ...(input.address !== undefined ? { address: input.address } : {}),
          ...facts,
          ...derivedFields(facts, rules, now),
          ...(input.members
            ? { headIdLast4Hash: headIdLast4HashOf(input.members, ctx.dataKeys) }
            : {}),
          updatedAt: now.toISOString(),
        },
      },
      { ifVersion: h._version },
    );
    await ctx.audit.record(
      { entity: 'household', entityId: h._id, note: `changed: ${changed.join(',')}` },
      tx,
    );
    await recordHouseholdEvent(ctx, tx, {
      household: h,
      kind: 'household.updated',
      detail: `更新了${changed.length}项信息`,
    });
    return next;
  });
  const names = await orgUnitNames(ctx.store, [updated.villageId]);
  return toHouseholdView(updated, names.get(updated.villageId) ?? null, ctx, 'hidden');
}
