import type { ActionInput } from '../../shared/src/contract/define-function';
import type { householdsContract } from '../../shared/src/households/households-contract';
import type { Filter, Store } from '../platform/ports/store';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { orgUnitsCollection } from '../platform/runtime/platform-collections';
import type { Scope } from '../platform/runtime/scope';
import { scopeFilter } from '../platform/runtime/scope';
import { householdsCollection } from './household-collections';
import { overdueReviewFilter } from './list.handler';

type Actions = typeof householdsContract.actions;

async function villagesIn(store: Store, scope: Scope) {
  const units = store.collection(orgUnitsCollection);
  const filter: Filter = { level: 'village' };
  if (scope.level === 'village') filter._id = scope.villageId;
  if (scope.level === 'town') filter.parentId = scope.townId;
  return (await units.find(filter, { sort: [['order', 'asc']], limit: 1000 })).items;
}

async function scopeName(store: Store, scope: Scope): Promise<string> {
  const id =
    scope.level === 'village'
      ? scope.villageId
      : scope.level === 'town'
        ? scope.townId
        : 'city-linxia';
  return (await store.collection(orgUnitsCollection).get(id))?.name ?? '';
}

type VillageCounts = Record<
  'general' | 'lifted' | 'monitored' | 'unstable' | 'marginal' | 'sudden_hardship' | 'total',
  number
>;

const noCounts = (): VillageCounts => ({
  general: 0,
  lifted: 0,
  monitored: 0,
  unstable: 0,
  marginal: 0,
  sudden_hardship: 0,
  total: 0,
});

/**
 * Every village's counts in the scope, and how many households have warnings, from ONE grouped
 * count on (villageId, category, monitorType, hasWarnings) instead of five counts a village (177
 * requests for the city on CloudBase) and one more for the warnings.
 */
async function countsByVillage(
  store: Store,
  scope: Scope,
): Promise<{ byVillage: Map<string, VillageCounts>; withWarnings: number }> {
  const groups = await store
    .collection(householdsCollection)
    .countBy(scopeFilter(scope), ['villageId', 'category', 'monitorType', 'hasWarnings']);
  const byVillage = new Map<string, VillageCounts>();
  let withWarnings = 0;
  for (const { key, count } of groups) {
    if (key.hasWarnings === true) withWarnings += count;
    const villageId = String(key.villageId);
    const v = byVillage.get(villageId) ?? noCounts();
    byVillage.set(villageId, v);
    v.total += count;
    if (key.category === 'general') v.general += count;
    else if (key.category === 'lifted') v.lifted += count;
    else if (key.category === 'monitored') {
      v.monitored += count;
      if (key.monitorType === 'unstable') v.unstable += count;
      else if (key.monitorType === 'marginal') v.marginal += count;
      else if (key.monitorType === 'sudden_hardship') v.sudden_hardship += count;
    }
  }
  return { byVillage, withWarnings };
}

/**
 * Two database requests on a warm CloudBase instance (the caller and the org units are kept in
 * memory): the grouped count and the overdue-review count, sent together.
 */
export async function dashboard(_input: ActionInput<Actions, 'dashboard'>, ctx: HandlerContext) {
  const [villages, { byVillage: counts, withWarnings }, overdueReviews, name] = await Promise.all([
    villagesIn(ctx.store, ctx.scope),
    countsByVillage(ctx.store, ctx.scope),
    ctx.store
      .collection(householdsCollection)
      .count({ ...scopeFilter(ctx.scope), ...overdueReviewFilter(ctx) }),
    scopeName(ctx.store, ctx.scope),
  ]);
  const byVillage = villages.map((v) => ({
    villageId: v._id,
    villageName: v.name,
    townId: v.townId ?? '',
    ...(counts.get(v._id) ?? noCounts()),
  }));
  const keys = [
    'general',
    'lifted',
    'monitored',
    'unstable',
    'marginal',
    'sudden_hardship',
    'total',
  ] as const;
  const totals = Object.fromEntries(
    keys.map((k) => [k, byVillage.reduce((s, v) => s + v[k], 0)]),
  ) as Record<(typeof keys)[number], number>;
  return {
    scopeName: name,
    totals,
    byVillage,
    withWarnings,
    overdueReviews,
  };
}
