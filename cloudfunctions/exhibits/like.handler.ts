import type { ActionInput } from '../../shared/src/contract/define-function';
import type { exhibitsContract } from '../../shared/src/exhibits/exhibits-contract';
import { notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import {
  exhibitStatsCollection,
  exhibitsCollection,
  likeIdFor,
  likesCollection,
} from './exhibit-collections';

type Actions = typeof exhibitsContract.actions;

/** One like per person (the like's id is `<exhibit>:<user>`); a second tap changes nothing. */
export async function like(input: ActionInput<Actions, 'like'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const id = likeIdFor(input.exhibitId, caller.userId);
  const likes = await ctx.store.transaction(async (tx) => {
    const e = await tx.get(exhibitsCollection, input.exhibitId);
    if (!e || e.status !== 'published') throw notFound('没有找到这件展品。');
    const stats = await tx.get(exhibitStatsCollection, e._id);
    if (await tx.get(likesCollection, id)) return stats?.likes ?? 0;
    await tx.insert(likesCollection, { _id: id, exhibitId: e._id, userId: caller.userId });
    if (!stats)
      return (await tx.insert(exhibitStatsCollection, { _id: e._id, views: 0, likes: 1 })).likes;
    return (
      await tx.update(
        exhibitStatsCollection,
        e._id,
        { inc: { likes: 1 } },
        { ifVersion: stats._version },
      )
    ).likes;
  });
  return { likes, likedByMe: true };
}
