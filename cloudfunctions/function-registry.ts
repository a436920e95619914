import type { AllFunctions } from '../shared/src/contract/all-functions';
import type { FunctionDefinition } from './platform/runtime/handler-context';
import { feedbackFunction } from './feedback/feedback-function';
import { householdsFunction } from './households/households-function';
import { trainingFunction } from './training/training-function';
import { policiesFunction } from './policies/policies-function';
import { exhibitsFunction } from './exhibits/exhibits-function';
import { usersFunction } from './users/users-function';
import { riskFunction } from './risk/risk-function';
import { claimsFunction } from './claims/claims-function';
import { messagesFunction } from './messages/messages-function';
import { notifyDispatchFunction } from './notifyDispatch/notify-dispatch-function';
import { speechFunction } from './speech/speech-function';

/**
 * Every function's handlers, by name. The type forces one entry per contract in
 * `shared/src/contract/all-functions.ts`; the gateway serves exactly these.
 */
export const FUNCTIONS: {
  [N in keyof AllFunctions]: FunctionDefinition<AllFunctions[N]['actions']>;
} = {
  users: usersFunction,
  feedback: feedbackFunction,
  households: householdsFunction,
  training: trainingFunction,
  policies: policiesFunction,
  exhibits: exhibitsFunction,
  risk: riskFunction,
  claims: claimsFunction,
  messages: messagesFunction,
  notifyDispatch: notifyDispatchFunction,
  speech: speechFunction,
};

export type FunctionName = keyof typeof FUNCTIONS;

/**
 * Deployed functions that serve no contract: they receive WeChat's pushes (消息推送), not calls
 * from the app, so the gateway does not serve them. `mediaCheck` records the asynchronous image
 * check verdicts (`wxa_media_check`).
 */
export const PUSH_FUNCTIONS = ['mediaCheck'] as const;

/** Every function `cloudbaserc.json` must list and the build bundles. */
export const DEPLOYED_FUNCTIONS: readonly string[] = [...Object.keys(FUNCTIONS), ...PUSH_FUNCTIONS];

/** The cloud-call API the notification dispatcher sends subscription messages with. */
export const SUBSCRIBE_MESSAGE_OPENAPI = ['subscribeMessage.send'] as const;

/** The functions that send subscription messages (the dispatcher; nothing else may). */
export const SUBSCRIBE_MESSAGE_FUNCTIONS: readonly string[] = ['notifyDispatch'];

/** The cloud-call (云调用) APIs the content check uses, as WeChat names their permissions. */
export const CONTENT_CHECK_OPENAPI = ['security.msgSecCheck', 'security.mediaCheckAsync'] as const;

/**
 * The cloud-call permissions a function must be deployed with: the content check's, for exactly
 * the functions that declare a content scene (the only ones allowed to use the check). Without
 * them CloudBase answers -604101 and every submission fails closed.
 */
export function openapiPermissionsOf(name: string): string[] {
  const def = (FUNCTIONS as Record<string, { contentScene?: unknown } | undefined>)[name];
  const contentCheck = def?.contentScene ? [...CONTENT_CHECK_OPENAPI] : [];
  const subscribe = SUBSCRIBE_MESSAGE_FUNCTIONS.includes(name)
    ? [...SUBSCRIBE_MESSAGE_OPENAPI]
    : [];
  return [...contentCheck, ...subscribe];
}
