import Taro from '@tarojs/taro';
import type { SubscriptionKind } from '@shared/notifications/subscription-templates';
import { api } from '../../api/api';
import { clientEnv } from '../../env';
import { newIdempotencyKey } from '../outbox/idempotency-key';
import { createSubscriptionAsker, type AskedFrom } from './subscription-asker';

/** `wx.requestSubscribeMessage`'s option on weapp (Taro's type also demands Alipay's entityIds). */
interface WxSubscribeOption {
  tmplIds: string[];
  success?: (res: Record<string, unknown>) => void;
  fail?: () => void;
}

const asker = createSubscriptionAsker({
  weapp: clientEnv.platform === 'weapp',
  load: async () => {
    const r = await api.notifyDispatch.subscriptionTemplates({});
    return r.ok ? r.data.templates : null;
  },
  request: (tmplIds, done) => {
    const option: WxSubscribeOption = {
      tmplIds,
      success: (res) => done(res),
      fail: () => done(null),
    };
    // Taro's type demands Alipay's entityIds too; weapp takes tmplIds alone.
    const pending: unknown = Taro.requestSubscribeMessage(
      option as unknown as Taro.requestSubscribeMessage.Option,
    );
    // The callbacks answer; the promise Taro also returns must not reject unhandled.
    if (pending instanceof Promise) pending.catch(() => undefined);
  },
  record: (askedFrom, answers) => {
    void api.notifyDispatch.recordSubscriptions(
      { askedFrom, answers },
      { idempotencyKey: newIdempotencyKey('sub') },
    );
  },
});

/** Loads the template ids to ask about; call when a form that submits opens (weapp only). */
export function preloadSubscriptionTemplates(): void {
  void asker.preload();
}

/**
 * Asks for WeChat subscription consent (weapp; a no-op on h5). Call synchronously inside the tap
 * that submits; it never blocks or fails the submit.
 */
export function requestSubscriptions(kinds: SubscriptionKind[], askedFrom: AskedFrom): void {
  asker.ask(kinds, askedFrom);
}
