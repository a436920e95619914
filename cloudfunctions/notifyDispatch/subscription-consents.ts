import type { SubscriptionKind } from '../../shared/src/notifications/subscription-templates';
import { defineCollection } from '../platform/ports/store';

/**
 * What a user answered to `wx.requestSubscribeMessage` for one kind of template. WeChat's
 * one-time subscriptions allow ONE message per "accept", so `remaining` counts accepts not yet
 * used: each accept adds one (up to a cap), each message sent uses one, and WeChat's 43101
 * (nothing left to send on) sets it to 0. `_id` is `<userId>:<kind>`.
 */
export interface SubscriptionConsentDoc {
  userId: string;
  kind: SubscriptionKind;
  /** The template id the user answered for; a consent for another id (changed config) is none. */
  templateId: string;
  remaining: number;
  lastAnswer: 'accept' | 'reject' | 'ban' | 'filter';
  answeredAt: string;
  /** The submit tap that asked last. */
  askedFrom?: 'risk' | 'claims' | 'training' | 'other' | null;
}

/** More accepts than this are not kept: a notice rarely needs more. */
export const MAX_REMAINING_CONSENTS = 20;

export const subscriptionConsentsCollection = defineCollection<SubscriptionConsentDoc>(
  'subscription_consents',
  [{ fields: ['userId'] }],
);

export function consentId(userId: string, kind: SubscriptionKind): string {
  return `${userId}:${kind}`;
}
