import { feedbackContract } from '../../shared/src/feedback/feedback-contract';
import { defineHandlers } from '../platform/runtime/handler-context';
import { list } from './list.handler';
import { mine } from './mine.handler';
import { reply } from './reply.handler';
import { submit } from './submit.handler';

/** Feedback and replies are short messages: WeChat's scene 2 (评论). */
export const feedbackFunction = defineHandlers(
  feedbackContract,
  { submit, mine, list, reply },
  { contentScene: 'comment' },
);
