import { messagesContract } from '../../shared/src/messages/messages-contract';
import { defineHandlers } from '../platform/runtime/handler-context';
import { list } from './list.handler';
import { markRead } from './mark-read.handler';
import { unreadCount } from './unread-count.handler';

/** 消息: the in-app messages the Notifier writes with every notice. */
export const messagesFunction = defineHandlers(messagesContract, { list, unreadCount, markRead });
