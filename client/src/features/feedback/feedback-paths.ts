/** Pages of the 意见反馈 subpackage (app.config.ts `packages/feedback`). */
export const FEEDBACK_PATH = '/packages/feedback/pages/index/index';
export const FEEDBACK_INBOX_PATH = '/packages/feedback/pages/inbox/index';

export function feedbackCasePath(feedbackId: string): string {
  return `/packages/feedback/pages/case/index?id=${encodeURIComponent(feedbackId)}`;
}
