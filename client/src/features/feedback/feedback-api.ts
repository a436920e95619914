import type { AllFunctions } from '@shared/contract/all-functions';
import type { ActionOutput, ActionPayload } from '@shared/contract/define-function';
import { api } from '../../api/api';

type FeedbackActions = AllFunctions['feedback']['actions'];
export type FeedbackSubmitPayload = ActionPayload<FeedbackActions, 'submit'>;
export type FeedbackView = ActionOutput<FeedbackActions, 'mine'>['items'][number];
export type FeedbackStatus = FeedbackView['status'];
export type FeedbackLevel = FeedbackView['level'];
export type FeedbackReply = FeedbackView['replies'][number];
/** What officials see of one feedback (inbox row and case screen). */
export type FeedbackCase = ActionOutput<FeedbackActions, 'get'>;
export type InboxPayload = ActionPayload<FeedbackActions, 'inbox'>;

export function fetchMyFeedback() {
  return api.feedback.mine({});
}
