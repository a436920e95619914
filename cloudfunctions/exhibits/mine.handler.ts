import type { ActionInput } from '../../shared/src/contract/define-function';
import type { exhibitsContract } from '../../shared/src/exhibits/exhibits-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { orgUnitNames } from '../platform/runtime/org-unit-names';
import { requireUser } from '../platform/runtime/require-user';
import { exhibitsCollection } from './exhibit-collections';
import { historyOf, toExhibitCard, viewerIdOf } from './exhibit-views';

type Actions = typeof exhibitsContract.actions;

export async function mine(input: ActionInput<Actions, 'mine'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const page = await ctx.store
    .collection(exhibitsCollection)
    .find(
      { contributorId: caller.userId },
      { sort: [['createdAt', 'desc']], limit: input.limit, after: input.cursor },
    );
  const names = await orgUnitNames(
    ctx.store,
    page.items.map((e) => e.villageId),
  );
  const items = await Promise.all(
    page.items.map(async (e) => ({
      ...(await toExhibitCard(ctx.store, ctx.files, e, names, viewerIdOf(ctx.caller))),
      reviewNote: e.reviewNote,
      history: historyOf(e),
    })),
  );
  return { items, nextCursor: page.nextCursor };
}
