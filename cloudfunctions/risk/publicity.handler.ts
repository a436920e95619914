import type { ActionInput } from '../../shared/src/contract/define-function';
import { chinaDate } from '../../shared/src/review-workflow/working-days';
import type { riskContract } from '../../shared/src/risk/risk-contract';
import { householdsCollection } from '../households/household-collections';
import type { Filter } from '../platform/ports/store';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { docsById } from '../platform/runtime/docs-by-id';
import { orgUnitNames } from '../platform/runtime/org-unit-names';
import { requireUser } from '../platform/runtime/require-user';
import { scopeFilter } from '../platform/runtime/scope';
import { riskReportsCollection } from './risk-collections';

type Actions = typeof riskContract.actions;

/**
 * 村内公示 now running: a villager sees their own village's, cadres their area's. Only the head's
 * name, the household size, what is publicised and the dates — no ID number, phone, bank account,
 * health detail or amount.
 */
export async function publicity(input: ActionInput<Actions, 'publicity'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const today = chinaDate(ctx.clock.now());
  let area: Filter;
  if (caller.role === 'villager') {
    if (!caller.villageId) return { items: [], nextCursor: null };
    area = { villageId: caller.villageId };
  } else area = scopeFilter(ctx.scope);
  const page = await ctx.store.collection(riskReportsCollection).find(
    {
      ...area,
      status: { $in: ['village_verified', 'elimination_proposed'] },
      'publicity.endsOn': { $gte: today },
    },
    { sort: [['submittedAt', 'desc']], limit: input.limit, after: input.cursor },
  );
  const names = await orgUnitNames(
    ctx.store,
    page.items.map((r) => r.villageId),
  );
  const households = await docsById(
    ctx.store.collection(householdsCollection),
    page.items.flatMap((r) => (r.householdId ? [r.householdId] : [])),
  );
  const items = [];
  for (const r of page.items) {
    if (!r.publicity || r.publicity.startsOn > today) continue;
    const h = r.householdId ? households.get(r.householdId) : undefined;
    items.push({
      reportId: r._id,
      villageName: names.get(r.villageId) ?? null,
      headName: h?.headName ?? r.subjectName,
      memberCount: h?.memberCount ?? null,
      kind: r.publicity.kind,
      startsOn: r.publicity.startsOn,
      endsOn: r.publicity.endsOn,
    });
  }
  return { items, nextCursor: page.nextCursor };
}
