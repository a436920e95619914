import type { ActionInput } from '../../shared/src/contract/define-function';
import type { exhibitsContract } from '../../shared/src/exhibits/exhibits-contract';
import { invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { inScope } from '../platform/runtime/scope';
import { chaptersCollection, exhibitsCollection } from './exhibit-collections';

type Actions = typeof exhibitsContract.actions;

/** A chapter of the village's book (id `<village>:<chapter>`): title, preface, ordered items of that village. */
export async function upsertChapter(
  input: ActionInput<Actions, 'upsertChapter'>,
  ctx: HandlerContext,
) {
  if (!inScope(ctx.scope, { villageId: input.villageId }))
    throw invalid({ villageId: '只能编排本村的读本' });
  for (const id of input.exhibitIds) {
    const e = await ctx.store.collection(exhibitsCollection).get(id);
    if (!e || e.villageId !== input.villageId) throw invalid({ exhibitIds: '只能收入本村的展品' });
  }
  const id = `${input.villageId}:${input.chapterId}`;
  const fields = {
    villageId: input.villageId,
    order: input.order,
    title: input.title,
    preface: input.preface,
    exhibitIds: input.exhibitIds,
    updatedAt: ctx.clock.now().toISOString(),
  };
  await ctx.store.transaction(async (tx) => {
    const existing = await tx.get(chaptersCollection, id);
    if (existing)
      await tx.update(chaptersCollection, id, { set: fields }, { ifVersion: existing._version });
    else await tx.insert(chaptersCollection, { _id: id, ...fields });
    await ctx.audit.record(
      { entity: 'exhibit_chapter', entityId: id, to: `${input.exhibitIds.length} items` },
      tx,
    );
  });
  return { chapterId: input.chapterId, exhibits: input.exhibitIds.length };
}
