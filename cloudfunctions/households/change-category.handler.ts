import type { ActionInput } from '../../shared/src/contract/define-function';
import { categoryText } from '../../shared/src/households/household-labels';
import type { householdsContract } from '../../shared/src/households/households-contract';
import { conflict, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { recordHouseholdEvent } from '../platform/runtime/household-events';
import { inScope } from '../platform/runtime/scope';
import { derivedFields } from './build-household';
import { householdsCollection } from './household-collections';
import { toHouseholdView } from './household-views';
import { orgUnitNames } from '../platform/runtime/org-unit-names';
import { loadWarningRules } from './household-warnings';
import { nextReviewDue } from './review-due';

type Actions = typeof householdsContract.actions;

/** 三类户 in and out only through the risk workflow (issue 12). */
export const MONITORED_ONLY_BY_WORKFLOW =
  '三类户的纳入和退出要走返贫风险监测流程（村监测、镇审核、市审定），不能直接调整。';

export async function changeCategory(
  input: ActionInput<Actions, 'changeCategory'>,
  ctx: HandlerContext,
) {
  const now = ctx.clock.now();
  const rules = await loadWarningRules(ctx.store);
  const updated = await ctx.store.transaction(async (tx) => {
    const h = await tx.get(householdsCollection, input.householdId);
    if (!h || !inScope(ctx.scope, h)) throw notFound('没有找到这户的档案。');
    if (h.category === input.category && h.monitorType === input.monitorType)
      throw conflict('户类没有变化。');
    if (h.category === 'monitored' || input.category === 'monitored')
      throw conflict(MONITORED_ONLY_BY_WORKFLOW);
    const from = categoryText(h.category, h.monitorType);
    const to = categoryText(input.category, input.monitorType);
    const next = await tx.update(
      householdsCollection,
      h._id,
      {
        set: {
          category: input.category,
          monitorType: input.monitorType,
          reviewDueAt: nextReviewDue(input.category, now),
          ...derivedFields({ ...h, category: input.category }, rules, now),
          updatedAt: now.toISOString(),
        },
      },
      { ifVersion: h._version },
    );
    await ctx.audit.record(
      {
        entity: 'household',
        entityId: h._id,
        from: `${h.category}/${h.monitorType ?? '-'}`,
        to: `${input.category}/${input.monitorType ?? '-'}`,
        note: input.reason,
      },
      tx,
    );
    await recordHouseholdEvent(ctx, tx, {
      household: h,
      kind: 'household.category_changed',
      detail: `${from} → ${to}：${input.reason}`,
    });
    return next;
  });
  const names = await orgUnitNames(ctx.store, [updated.villageId]);
  return toHouseholdView(updated, names.get(updated.villageId) ?? null, ctx, 'hidden');
}
