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
  // The book is public: its words pass the content check like a contribution's.
  for (const [field, text] of [
    ['title', input.title],
    ['preface', input.preface],
  ] as const) {
    const verdict = await ctx.contentCheck.checkText(text);
    if (!verdict.ok) throw invalid({ [field]: verdict.reason }, verdict.reason);
  }
  for (const id of input.exhibitIds ?? []) {
    const e = await ctx.store.collection(exhibitsCollection).get(id);
    if (!e || e.villageId !== input.villageId) throw invalid({ exhibitIds: '只能收入本村的展品' });
  }
  const id = `${input.villageId}:${input.chapterId}`;
  const count = await ctx.store.transaction(async (tx) => {
    const existing = await tx.get(chaptersCollection, id);
    const fields = {
      villageId: input.villageId,
      order: input.order,
      title: input.title,
      preface: input.preface,
      // Editing only the title, text or order keeps the chapter's items.
      exhibitIds: input.exhibitIds ?? existing?.exhibitIds ?? [],
      updatedAt: ctx.clock.now().toISOString(),
    };
    if (existing)
      await tx.update(chaptersCollection, id, { set: fields }, { ifVersion: existing._version });
    else await tx.insert(chaptersCollection, { _id: id, ...fields });
    await ctx.audit.record(
      { entity: 'exhibit_chapter', entityId: id, to: `${fields.exhibitIds.length} items` },
      tx,
    );
    return fields.exhibitIds.length;
  });
  return { chapterId: input.chapterId, exhibits: count };
}
