import type { ActionInput } from '../../shared/src/contract/define-function';
import type { notifyDispatchContract } from '../../shared/src/notifications/notify-dispatch-contract';
import type { SubscriptionKind } from '../../shared/src/notifications/subscription-templates';
import { SUBSCRIPTION_KINDS } from '../../shared/src/notifications/subscription-templates';
import { invalid } from '../platform/runtime/app-error';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';
import {
  consentId,
  MAX_REMAINING_CONSENTS,
  subscriptionConsentsCollection,
} from './subscription-consents';

type Actions = typeof notifyDispatchContract.actions;

/**
 * Records what `wx.requestSubscribeMessage` answered, per template: `accept` adds one message
 * the dispatcher may send (WeChat's one-time subscription), anything else adds none and is kept
 * as the last answer. Answers for template ids not configured (any more) are refused.
 */
export async function recordSubscriptions(
  input: ActionInput<Actions, 'recordSubscriptions'>,
  ctx: HandlerContext,
) {
  const caller = requireUser(ctx);
  const templates = ctx.subscribe?.templates ?? {};
  const kindOf = (templateId: string): SubscriptionKind | undefined =>
    SUBSCRIPTION_KINDS.find((k) => templates[k] === templateId);
  const answers = input.answers.map((a) => ({ ...a, kind: kindOf(a.templateId) }));
  if (answers.some((a) => !a.kind)) throw invalid({ answers: '模板编号不对' }, '模板编号不对');
  const at = ctx.clock.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    const recorded: Array<{ kind: SubscriptionKind; remaining: number }> = [];
    for (const a of answers) {
      const kind = a.kind as SubscriptionKind;
      const id = consentId(caller.userId, kind);
      const cur = await tx.get(subscriptionConsentsCollection, id);
      const kept = cur && cur.templateId === a.templateId ? cur.remaining : 0;
      const remaining = a.answer === 'accept' ? Math.min(MAX_REMAINING_CONSENTS, kept + 1) : kept;
      const fields = {
        templateId: a.templateId,
        remaining,
        lastAnswer: a.answer,
        answeredAt: at,
        askedFrom: input.askedFrom ?? null,
      };
      if (cur) await tx.update(subscriptionConsentsCollection, id, { set: fields });
      else
        await tx.insert(subscriptionConsentsCollection, {
          _id: id,
          userId: caller.userId,
          kind,
          ...fields,
        });
      recorded.push({ kind, remaining });
    }
    return { recorded };
  });
}
