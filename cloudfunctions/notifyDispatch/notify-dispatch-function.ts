import { notifyDispatchContract } from '../../shared/src/notifications/notify-dispatch-contract';
import { defineHandlers } from '../platform/runtime/handler-context';
import { recordSubscriptions } from './record-subscriptions.handler';
import { subscriptionTemplates } from './subscription-templates.handler';

/** The calls of `notifyDispatch`; its timer (index.ts) runs the dispatcher. */
export const notifyDispatchFunction = defineHandlers(notifyDispatchContract, {
  subscriptionTemplates,
  recordSubscriptions,
});
