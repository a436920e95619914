import type { ActionInput } from '../../shared/src/contract/define-function';
import { INCOME_BANDS, incomeBandOf } from '../../shared/src/training/income-band';
import type { IncomeBand } from '../../shared/src/training/income-band';
import type { trainingContract } from '../../shared/src/training/training-contract';
import { COURSE_CATEGORIES } from '../../shared/src/training/training-labels';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { orgUnitNames } from '../platform/runtime/org-unit-names';
import { scopeFilter } from '../platform/runtime/scope';
import { employmentsCollection } from './training-collections';

type Actions = typeof trainingContract.actions;

/** Employers listed at most (the rest still count in the totals). */
const EMPLOYERS_SHOWN = 50;

function addTo(map: Map<string, Set<string>>, key: string, userId: string) {
  const set = map.get(key) ?? new Set<string>();
  set.add(userId);
  map.set(key, set);
}

function mostPlacedFirst<T extends { placed: number }>(rows: T[]): T[] {
  return rows.sort((a, b) => b.placed - a.placed);
}

/**
 * 劳务输出: people placed in jobs after training within the caller's unit, and what they earn:
 * by course type, by village, by employer (with the kinds of job) and by monthly income band.
 */
export async function employmentStats(
  _input: ActionInput<Actions, 'employmentStats'>,
  ctx: HandlerContext,
) {
  const people = new Set<string>();
  const byCategory = new Map<string, Set<string>>();
  const byVillage = new Map<string, Set<string>>();
  const byEmployer = new Map<string, Set<string>>();
  const jobTypes = new Map<string, Set<string>>();
  const bands = new Map<IncomeBand, number>();
  let incomeSum = 0;
  let records = 0;
  let after: string | undefined;
  for (;;) {
    const page = await ctx.store
      .collection(employmentsCollection)
      .find(scopeFilter(ctx.scope), { limit: 500, after });
    for (const e of page.items) {
      people.add(e.userId);
      addTo(byCategory, e.category, e.userId);
      addTo(byVillage, e.villageId ?? '', e.userId);
      addTo(byEmployer, e.employer, e.userId);
      const kinds = jobTypes.get(e.employer) ?? new Set<string>();
      kinds.add(e.jobType);
      jobTypes.set(e.employer, kinds);
      const band = incomeBandOf(e.monthlyIncome);
      bands.set(band, (bands.get(band) ?? 0) + 1);
      incomeSum += e.monthlyIncome;
      records++;
    }
    if (!page.nextCursor) break;
    after = page.nextCursor;
  }
  const villageIds = [...byVillage.keys()].filter((id) => id !== '');
  const names = await orgUnitNames(ctx.store, villageIds);
  const averageMonthlyIncome = records ? Math.round(incomeSum / records) : 0;
  return {
    placed: people.size,
    averageMonthlyIncome,
    averageYearlyEarnings: averageMonthlyIncome * 12,
    byCategory: COURSE_CATEGORIES.map((category) => ({
      category,
      placed: byCategory.get(category)?.size ?? 0,
    })),
    byVillage: mostPlacedFirst(
      [...byVillage].map(([id, set]) => ({
        villageId: id || null,
        villageName: id ? (names.get(id) ?? null) : null,
        placed: set.size,
      })),
    ),
    byEmployer: mostPlacedFirst(
      [...byEmployer].map(([employer, set]) => ({
        employer,
        jobTypes: [...(jobTypes.get(employer) ?? [])].sort(),
        placed: set.size,
      })),
    ).slice(0, EMPLOYERS_SHOWN),
    byIncomeBand: INCOME_BANDS.map((band) => ({ band, jobs: bands.get(band) ?? 0 })),
  };
}
