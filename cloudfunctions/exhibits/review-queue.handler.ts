import type { ActionInput } from '../../shared/src/contract/define-function';
import type { exhibitsContract } from '../../shared/src/exhibits/exhibits-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { orgUnitNames } from '../platform/runtime/org-unit-names';
import { scopeFilter } from '../platform/runtime/scope';
import { exhibitsCollection } from './exhibit-collections';
import { toExhibitCard, viewerIdOf } from './exhibit-views';

type Actions = typeof exhibitsContract.actions;

/** Contributions waiting for this village's cadre, oldest first. */
export async function reviewQueue(input: ActionInput<Actions, 'reviewQueue'>, ctx: HandlerContext) {
  const page = await ctx.store
    .collection(exhibitsCollection)
    .find(
      { status: 'pending', ...scopeFilter(ctx.scope) },
      { sort: [['createdAt', 'asc']], limit: input.limit, after: input.cursor },
    );
  const names = await orgUnitNames(
    ctx.store,
    page.items.map((e) => e.villageId),
  );
  return {
    items: await Promise.all(
      page.items.map((e) => toExhibitCard(ctx.store, ctx.files, e, names, viewerIdOf(ctx.caller))),
    ),
    nextCursor: page.nextCursor,
  };
}
