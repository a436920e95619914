import type { ActionInput } from '../../shared/src/contract/define-function';
import type { notifyDispatchContract } from '../../shared/src/notifications/notify-dispatch-contract';
import { SUBSCRIPTION_KINDS } from '../../shared/src/notifications/subscription-templates';
import type { HandlerContext } from '../platform/runtime/handler-context';
import { requireUser } from '../platform/runtime/require-user';

type Actions = typeof notifyDispatchContract.actions;

/** The template ids the client asks the user about (only the kinds that are configured). */
export function subscriptionTemplates(
  _input: ActionInput<Actions, 'subscriptionTemplates'>,
  ctx: HandlerContext,
) {
  requireUser(ctx);
  const configured = ctx.subscribe?.templates ?? {};
  return Promise.resolve({
    templates: SUBSCRIPTION_KINDS.flatMap((kind) => {
      const templateId = configured[kind];
      return templateId ? [{ kind, templateId }] : [];
    }),
  });
}
