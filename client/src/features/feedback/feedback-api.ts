import type { AllFunctions } from '@shared/contract/all-functions';
import type { ActionOutput, ActionPayload } from '@shared/contract/define-function';
import { api } from '../../api/api';

type FeedbackActions = AllFunctions['feedback']['actions'];
export type FeedbackSubmitPayload = ActionPayload<FeedbackActions, 'submit'>;
export type FeedbackView = ActionOutput<FeedbackActions, 'mine'>['items'][number];
export type FeedbackStatus = FeedbackView['status'];

export function fetchMyFeedback() {
  return api.feedback.mine({});
}
