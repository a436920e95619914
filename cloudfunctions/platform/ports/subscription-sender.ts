import type { TemplateData } from '../../../shared/src/notifications/subscription-templates';

/** One WeChat subscription message (`subscribeMessage.send`'s body). */
export interface SubscriptionMessage {
  touser: string;
  template_id: string;
  page: string;
  data: TemplateData;
  miniprogram_state: 'formal' | 'trial' | 'developer';
  lang: 'zh_CN';
}

/**
 * What became of a send: delivered; refused for good (`permanent`: trying again cannot help,
 * e.g. 43101 the user did not subscribe or used up the subscription, 40003 bad openid); or
 * failed for now (`transient`: busy, quota, network, timeout — try later).
 */
export type SendOutcome =
  | { ok: true }
  | { ok: false; retry: false; code: string }
  | { ok: false; retry: true; code: string };

/** The SubscriptionSender port: WeChat in production, a recorder locally and in tests. */
export interface SubscriptionSender {
  send(message: SubscriptionMessage): Promise<SendOutcome>;
}

/** A sender that sends nothing and keeps what it would have sent (local mode, tests). */
export function createRecordingSender(
  onSend?: (m: SubscriptionMessage) => void,
): SubscriptionSender & { sent: SubscriptionMessage[] } {
  const sent: SubscriptionMessage[] = [];
  return {
    sent,
    send(message) {
      sent.push(message);
      onSend?.(message);
      return Promise.resolve({ ok: true });
    },
  };
}
