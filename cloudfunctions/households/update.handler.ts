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
import { resolveEditedMembers } from './kept-members';
import { syncMemberRegistry } from './member-registry';

type Actions = typeof householdsContract.actions;

/** What the family reads on the timeline for each edited part (no values: they may be private). */
const CHANGED_LABEL = {
  address: '住址',
  members: '家庭成员',
  annualIncome: '家庭年收入',
  expenses: '大额支出',
} as const;

export async function update(input: ActionInput<Actions, 'update'>, ctx: HandlerContext) {
  const now = ctx.clock.now();
  const rules = await loadWarningRules(ctx.store);
  const updated = await ctx.store.transaction(async (tx) => {
    const h = await tx.get(householdsCollection, input.householdId);
    if (!h || !inScope(ctx.scope, h)) throw notFound('没有找到这户的档案。');
    if (h._version !== input.expectedVersion)
      throw conflict('这户的档案刚被别人改过，请刷新后再改。');
    const edited = input.members
      ? resolveEditedMembers(input.members, h.members, ctx.dataKeys)
      : undefined;
    const members = edited ? buildMembers(edited, ctx.dataKeys, h.members) : h.members;
    const facts = {
      members,
      annualIncome: input.annualIncome ?? h.annualIncome,
      expenses: input.expenses ?? h.expenses,
      category: h.category,
    };
    if (edited) await syncMemberRegistry(ctx, tx, h, members, edited, h.members);
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
          ...(edited ? { headIdLast4Hash: headIdLast4HashOf(edited, ctx.dataKeys) } : {}),
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
      detail: `修改了${changed.map((k) => CHANGED_LABEL[k]).join('、')}`,
    });
    return next;
  });
  const names = await orgUnitNames(ctx.store, [updated.villageId]);
  return toHouseholdView(updated, names.get(updated.villageId) ?? null, ctx, 'hidden');
}
