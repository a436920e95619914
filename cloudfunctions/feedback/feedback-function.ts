import { feedbackContract } from '../../shared/src/feedback/feedback-contract';
import { defineHandlers } from '../platform/runtime/handler-context';
import { get } from './get.handler';
import { inbox } from './inbox.handler';
import { markHandled } from './mark-handled.handler';
import { mine } from './mine.handler';
import { passUp } from './pass-up.handler';
import { reply } from './reply.handler';
import { submit } from './submit.handler';

/** Feedback and replies are short messages: WeChat's scene 2 (评论). */
export const feedbackFunction = defineHandlers(
  feedbackContract,
  { submit, mine, inbox, get, reply, markHandled, passUp },
  { contentScene: 'comment' },
);
