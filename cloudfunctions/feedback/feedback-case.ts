import { conflict, notFound } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { inScope } from '../platform/runtime/scope';
import type { Doc, Transaction } from '../platform/ports/store';
import type { FeedbackDoc, FeedbackLevelValue } from './feedback-collection';
import { feedbackCollection } from './feedback-collection';
import { LEVEL_LABEL, levelOf, levelOfScope } from './feedback-levels';

/** A feedback in the caller's area, or NOT_FOUND (out of scope looks like missing). */
export async function feedbackInScope(
  ctx: HandlerContext,
  id: string,
  tx?: Transaction,
): Promise<Doc<FeedbackDoc>> {
  const fb = tx
    ? await tx.get(feedbackCollection, id)
    : await ctx.store.collection(feedbackCollection).get(id);
  if (!fb || !inScope(ctx.scope, fb)) throw notFound();
  return fb;
}

/**
 * A feedback the caller's level may act on now: in scope, not closed, and at their level (a
 * village keeps read access to what it passed up, but the town answers it).
 */
export async function feedbackToActOn(
  ctx: HandlerContext,
  id: string,
  tx: Transaction,
): Promise<{ fb: Doc<FeedbackDoc>; level: FeedbackLevelValue }> {
  const fb = await feedbackInScope(ctx, id, tx);
  if (fb.status === 'handled') throw conflict('这条反馈已经处理完了。');
  const level = levelOf(fb);
  if (levelOfScope(ctx.scope) !== level)
    throw conflict(`这条反馈现在由${LEVEL_LABEL[level]}办理，您这里只能查看。`);
  return { fb, level };
}
