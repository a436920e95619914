import { z } from 'zod';
import { EVERY_ROLE_OWN } from '../auth/access-presets';
import { action, defineFunction } from '../contract/define-function';
import { SUBSCRIPTION_KINDS } from './subscription-templates';

/**
 * `notifyDispatch`: sends the outbox's notices as WeChat subscription messages (on its timer,
 * not a call), and keeps what each user answered to `wx.requestSubscribeMessage`.
 */
export const SubscriptionKind = z.enum(SUBSCRIPTION_KINDS);

/** What `wx.requestSubscribeMessage` answers per template id. */
export const SubscribeAnswer = z.enum(['accept', 'reject', 'ban', 'filter']);

/** Which submit tap asked for consent. */
export const SubscribeAskedFrom = z.enum(['risk', 'claims', 'training', 'other']);

const TemplateIdField = z.string().regex(/^[A-Za-z0-9_-]{10,64}$/, '模板编号不对');

export const notifyDispatchContract = defineFunction('notifyDispatch', {
  subscriptionTemplates: action({
    summary: '可订阅的消息模板（订阅消息）',
    input: z.object({}).strict(),
    output: z.object({
      templates: z.array(z.object({ kind: SubscriptionKind, templateId: z.string() })),
    }),
    access: EVERY_ROLE_OWN,
    mutating: false,
  }),
  recordSubscriptions: action({
    summary: '记下订阅消息的授权结果',
    input: z
      .object({
        /** The tap that asked (kept with the answer, for support questions). */
        askedFrom: SubscribeAskedFrom.optional(),
        // WeChat asks about at most 3 templates at once.
        answers: z
          .array(z.object({ templateId: TemplateIdField, answer: SubscribeAnswer }).strict())
          .min(1, '没有要记下的订阅')
          .max(3, '一次最多 3 个订阅'),
      })
      .strict(),
    output: z.object({
      recorded: z.array(z.object({ kind: SubscriptionKind, remaining: z.number().int() })),
    }),
    access: EVERY_ROLE_OWN,
    mutating: true,
  }),
});
