import { z } from 'zod';
import { EVERY_ROLE_OWN } from '../auth/access-presets';
import { action, defineFunction } from '../contract/define-function';
import { PageInput } from '../validation/common-fields';

/** Where a message leads: a page of the app and the id it opens. */
export const MessageLinkView = z.object({
  page: z.string(),
  param: z.string().nullable(),
  id: z.string().nullable(),
});

/** One 消息 of the signed-in person: a plain sentence, a link to the item, read or not. */
export const MessageView = z.object({
  messageId: z.string(),
  template: z.string(),
  text: z.string(),
  link: MessageLinkView.nullable(),
  /** The page address the link opens (`navigateTo` url), or null when there is none. */
  url: z.string().nullable(),
  read: z.boolean(),
  createdAt: z.string(),
});

const MessageId = z.string().min(1, '请选择一条消息').max(64);

export const MarkReadInput = z
  .object({ messageId: MessageId.optional(), all: z.literal(true).optional() })
  .strict()
  .refine((v) => (v.messageId !== undefined) !== (v.all === true), {
    path: ['messageId'],
    message: '请选一条消息，或者选全部已读',
  });

/** 消息: every status change that concerns me, newest first; only ever my own. */
export const messagesContract = defineFunction('messages', {
  list: action({
    summary: '我的消息',
    input: z.object({ unreadOnly: z.boolean().optional(), ...PageInput }).strict(),
    output: z.object({ items: z.array(MessageView), nextCursor: z.string().nullable() }),
    access: EVERY_ROLE_OWN,
    mutating: false,
  }),
  unreadCount: action({
    summary: '未读消息数',
    input: z.object({}).strict(),
    output: z.object({ count: z.number().int().min(0) }),
    access: EVERY_ROLE_OWN,
    mutating: false,
  }),
  markRead: action({
    summary: '标记消息已读（一条或全部）',
    input: MarkReadInput,
    output: z.object({ marked: z.number().int().min(0) }),
    access: EVERY_ROLE_OWN,
    mutating: true,
  }),
});
