import type { ActionInput } from '../../shared/src/contract/define-function';
import type { exhibitsContract } from '../../shared/src/exhibits/exhibits-contract';
import { notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { oncePerViewerPerDay } from '../platform/runtime/once-per-viewer';
import { orgUnitName } from '../platform/runtime/org-unit-names';
import { exhibitsCollection, likeIdFor, likesCollection } from './exhibit-collections';
import { countView, toExhibitView } from './exhibit-views';
import { maySeeExhibit } from './may-see-exhibit';

type Actions = typeof exhibitsContract.actions;

/** One item; a published item counts one view per viewer per day (users by id, others by a hashed address). */
export async function get(input: ActionInput<Actions, 'get'>, ctx: HandlerContext) {
  const e = await ctx.store.collection(exhibitsCollection).get(input.exhibitId);
  if (!e || !maySeeExhibit(ctx.caller, e)) throw notFound('没有找到这件展品。');
  if (e.status === 'published')
    await oncePerViewerPerDay(ctx.store, ctx.clock, `exhibit:${e._id}`, ctx.viewerKey, (tx) =>
      countView(tx, e._id),
    );
  const liked =
    ctx.caller.kind === 'user'
      ? Boolean(
          await ctx.store.collection(likesCollection).get(likeIdFor(e._id, ctx.caller.userId)),
        )
      : false;
  return toExhibitView(
    ctx.store,
    ctx.files,
    e,
    await orgUnitName(ctx.store, e.villageId),
    liked,
    ctx.caller,
  );
}
