import type { AllFunctions } from '@shared/contract/all-functions';
import type { ActionOutput } from '@shared/contract/define-function';
import { api } from '../../api/api';

type MessagesActions = AllFunctions['messages']['actions'];
export type MessageView = ActionOutput<MessagesActions, 'list'>['items'][number];
export type MessagePage = ActionOutput<MessagesActions, 'list'>;

export const MESSAGES_PATH = '/packages/messages/pages/index/index';

export function fetchMessages(cursor?: string) {
  return api.messages.list(cursor ? { cursor } : {});
}

export function fetchUnreadCount() {
  return api.messages.unreadCount({});
}

export function markMessageRead(messageId: string) {
  return api.messages.markRead({ messageId });
}

export function markAllMessagesRead() {
  return api.messages.markRead({ all: true });
}
