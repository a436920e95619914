import type { ActionInput } from '../../shared/src/contract/define-function';
import type { feedbackContract } from '../../shared/src/feedback/feedback-contract';
import { maskMobile } from '../../shared/src/privacy/mask';
import { invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { newId } from '../platform/runtime/new-id';
import { requireUser } from '../platform/runtime/require-user';
import { sealValue } from '../platform/runtime/sealed-value';
import { feedbackCollection } from './feedback-collection';
import { firstLevel, replyDueOn } from './feedback-levels';

type Actions = typeof feedbackContract.actions;

export async function submit(input: ActionInput<Actions, 'submit'>, ctx: HandlerContext) {
  const caller = requireUser(ctx);
  const verdict = await ctx.contentCheck.checkText(input.content);
  if (!verdict.ok) throw invalid({ content: verdict.reason }, verdict.reason);
  const now = ctx.clock.now();
  const createdAt = now.toISOString();
  const id = newId();
  await ctx.store.transaction(async (tx) => {
    await tx.insert(feedbackCollection, {
      _id: id,
      userId: caller.userId,
      submitterName: caller.name,
      villageId: caller.villageId,
      townId: caller.townId,
      category: input.category,
      content: input.content,
      contact: input.contact
        ? sealValue(input.contact, maskMobile(input.contact), ctx.dataKeys)
        : null,
      status: 'received',
      level: firstLevel(caller),
      dueOn: replyDueOn(now),
      reply: null,
      repliedBy: null,
      repliedAt: null,
      replies: [],
      passUps: [],
      handledAt: null,
      handledBy: null,
      createdAt,
    });
    await ctx.audit.record({ entity: 'feedback', entityId: id, to: 'received' }, tx);
  });
  return { feedbackId: id, status: 'received' as const, createdAt };
}
