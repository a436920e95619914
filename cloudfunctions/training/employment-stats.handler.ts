import type { ActionInput } from '../../shared/src/contract/define-function';
import type { trainingContract } from '../../shared/src/training/training-contract';
import { COURSE_CATEGORIES } from '../../shared/src/training/training-labels';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { scopeFilter } from '../platform/runtime/scope';
import { employmentsCollection } from './training-collections';

type Actions = typeof trainingContract.actions;

/** 劳务输出: people placed in jobs after training within the caller's unit, and what they earn. */
export async function employmentStats(
  _input: ActionInput<Actions, 'employmentStats'>,
  ctx: HandlerContext,
) {
  const people = new Set<string>();
  const byCategory = new Map<string, Set<string>>();
  let incomeSum = 0;
  let records = 0;
  let after: string | undefined;
  for (;;) {
    const page = await ctx.store
      .collection(employmentsCollection)
      .find(scopeFilter(ctx.scope), { limit: 500, after });
    for (const e of page.items) {
      people.add(e.userId);
      const set = byCategory.get(e.category) ?? new Set<string>();
      set.add(e.userId);
      byCategory.set(e.category, set);
      incomeSum += e.monthlyIncome;
      records++;
    }
    if (!page.nextCursor) break;
    after = page.nextCursor;
  }
  const averageMonthlyIncome = records ? Math.round(incomeSum / records) : 0;
  return {
    placed: people.size,
    averageMonthlyIncome,
    averageYearlyEarnings: averageMonthlyIncome * 12,
    byCategory: COURSE_CATEGORIES.map((category) => ({
      category,
      placed: byCategory.get(category)?.size ?? 0,
    })),
  };
}
