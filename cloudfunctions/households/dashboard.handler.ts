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

/** Counts for one village, each an indexed count on (villageId, category, monitorType). */
async function villageCounts(store: Store, villageId: string) {
  const c = store.collection(householdsCollection);
  const [general, lifted, unstable, marginal, sudden_hardship] = await Promise.all([
    c.count({ villageId, category: 'general' }),
    c.count({ villageId, category: 'lifted' }),
    c.count({ villageId, category: 'monitored', monitorType: 'unstable' }),
    c.count({ villageId, category: 'monitored', monitorType: 'marginal' }),
    c.count({ villageId, category: 'monitored', monitorType: 'sudden_hardship' }),
  ]);
  const monitored = unstable + marginal + sudden_hardship;
  return {
    general,
    lifted,
    monitored,
    unstable,
    marginal,
    sudden_hardship,
    total: general + lifted + monitored,
  };
}

export async function dashboard(_input: ActionInput<Actions, 'dashboard'>, ctx: HandlerContext) {
  const villages = await villagesIn(ctx.store, ctx.scope);
  const byVillage = await Promise.all(
    villages.map(async (v) => ({
      villageId: v._id,
      villageName: v.name,
      townId: v.townId ?? '',
      ...(await villageCounts(ctx.store, v._id)),
    })),
  );
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
  const c = ctx.store.collection(householdsCollection);
  const scoped = scopeFilter(ctx.scope);
  const [withWarnings, overdueReviews] = await Promise.all([
    c.count({ ...scoped, hasWarnings: true }),
    c.count({ ...scoped, ...overdueReviewFilter(ctx) }),
  ]);
  return {
    scopeName: await scopeName(ctx.store, ctx.scope),
    totals,
    byVillage,
    withWarnings,
    overdueReviews,
  };
}
