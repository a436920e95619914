import type { z } from 'zod';
import type { MessageView } from '../../shared/src/messages/messages-contract';
import { messageUrl } from '../../shared/src/messages/message-text';
import type { Doc } from '../platform/ports/store';
import type { MessageDoc } from '../platform/runtime/platform-collections';

export function toMessageView(m: Doc<MessageDoc>): z.input<typeof MessageView> {
  return {
    messageId: m._id,
    template: m.template,
    text: m.text,
    link: m.link,
    url: m.link ? messageUrl(m.link) : null,
    read: m.readAt !== null,
    createdAt: m.createdAt,
  };
}
