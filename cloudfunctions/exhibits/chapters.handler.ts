import type { ActionInput } from '../../shared/src/contract/define-function';
import type { exhibitsContract } from '../../shared/src/exhibits/exhibits-contract';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { orgUnitName, orgUnitNames } from '../platform/runtime/org-unit-names';
import { chaptersCollection, exhibitsCollection } from './exhibit-collections';
import { toExhibitCard, viewerIdOf } from './exhibit-views';

type Actions = typeof exhibitsContract.actions;

/** The village's book: chapters in order, each with its preface and its published items in order. */
export async function chapters(input: ActionInput<Actions, 'chapters'>, ctx: HandlerContext) {
  const list = await ctx.store
    .collection(chaptersCollection)
    .find({ villageId: input.villageId }, { sort: [['order', 'asc']], limit: 200 });
  const names = await orgUnitNames(ctx.store, [input.villageId]);
  const exhibits = ctx.store.collection(exhibitsCollection);
  const out = [];
  for (const c of list.items) {
    const cards = [];
    for (const id of c.exhibitIds) {
      const e = await exhibits.get(id);
      if (e?.status === 'published')
        cards.push(await toExhibitCard(ctx.store, ctx.files, e, names, viewerIdOf(ctx.caller)));
    }
    out.push({
      chapterId: c._id.split(':')[1] ?? c._id,
      order: c.order,
      title: c.title,
      preface: c.preface,
      exhibits: cards,
    });
  }
  return { villageName: await orgUnitName(ctx.store, input.villageId), chapters: out };
}
