import type { ActionInput } from '../../shared/src/contract/define-function';
import type { exhibitsContract } from '../../shared/src/exhibits/exhibits-contract';
import { conflict, invalid, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { orgUnitName } from '../platform/runtime/org-unit-names';
import { inScope } from '../platform/runtime/scope';
import { exhibitsCollection } from './exhibit-collections';
import type { ExhibitDoc } from './exhibit-collections';
import { toExhibitView } from './exhibit-views';

type Actions = typeof exhibitsContract.actions;

/** Curators edit the text of their village's items (new text passes the content check too). */
export async function update(input: ActionInput<Actions, 'update'>, ctx: HandlerContext) {
  for (const text of [input.title, input.story, input.era]) {
    if (text === undefined) continue;
    const verdict = await ctx.contentCheck.checkText(text);
    if (!verdict.ok) throw invalid({ story: verdict.reason }, verdict.reason);
  }
  const set: Partial<ExhibitDoc> = { updatedAt: ctx.clock.now().toISOString() };
  if (input.title !== undefined) set.title = input.title;
  if (input.story !== undefined) set.story = input.story;
  if (input.era !== undefined) set.era = input.era;
  if (input.category !== undefined) set.category = input.category;
  const updated = await ctx.store.transaction(async (tx) => {
    const e = await tx.get(exhibitsCollection, input.exhibitId);
    if (!e || !inScope(ctx.scope, e)) throw notFound('没有找到这件展品。');
    if (e._version !== input.expectedVersion)
      throw conflict('这件展品刚被别人改过，请刷新后再改。');
    const next = await tx.update(exhibitsCollection, e._id, { set }, { ifVersion: e._version });
    await ctx.audit.record(
      { entity: 'exhibit', entityId: e._id, note: `edited: ${Object.keys(set).join(',')}` },
      tx,
    );
    return next;
  });
  return toExhibitView(
    ctx.store,
    ctx.files,
    updated,
    await orgUnitName(ctx.store, updated.villageId),
    false,
    ctx.caller,
  );
}
