import { z } from 'zod';
import { CADRES_IN_SCOPE, EVERY_ROLE_OWN } from '../auth/access-presets';
import { action, defineFunction } from '../contract/define-function';
import { MobileField, PageInput, textField } from '../validation/common-fields';

/** 意见反馈: a villager's suggestion, complaint or request for help, answered by their village. */
export const FeedbackCategory = z.enum(['suggestion', 'complaint', 'help', 'other']);
export const FeedbackStatus = z.enum(['received', 'replied']);

export const FEEDBACK_CATEGORY_LABEL: Record<z.infer<typeof FeedbackCategory>, string> = {
  suggestion: '建议',
  complaint: '投诉',
  help: '求助',
  other: '其他',
};

export const SubmitFeedbackInput = z
  .object({
    category: FeedbackCategory,
    content: textField(500, 5),
    contact: MobileField.optional(),
  })
  .strict();

export const FeedbackView = z.object({
  feedbackId: z.string(),
  category: FeedbackCategory,
  content: z.string(),
  status: FeedbackStatus,
  reply: z.string().nullable(),
  createdAt: z.string(),
  repliedAt: z.string().nullable(),
});

/** What cadres see: also who sent it (contact masked) and from which village. */
export const FeedbackCaseView = FeedbackView.extend({
  submitterName: z.string().nullable(),
  contactMasked: z.string().nullable(),
  villageId: z.string().nullable(),
});

export const feedbackContract = defineFunction('feedback', {
  submit: action({
    summary: '提交意见反馈',
    input: SubmitFeedbackInput,
    output: z.object({ feedbackId: z.string(), status: FeedbackStatus, createdAt: z.string() }),
    access: EVERY_ROLE_OWN,
    mutating: true,
  }),
  mine: action({
    summary: '我的反馈',
    input: z.object({ ...PageInput }).strict(),
    output: z.object({ items: z.array(FeedbackView), nextCursor: z.string().nullable() }),
    access: EVERY_ROLE_OWN,
    mutating: false,
  }),
  list: action({
    summary: '辖区内的反馈（干部）',
    input: z.object({ status: FeedbackStatus.optional(), ...PageInput }).strict(),
    output: z.object({ items: z.array(FeedbackCaseView), nextCursor: z.string().nullable() }),
    access: CADRES_IN_SCOPE,
    mutating: false,
  }),
  reply: action({
    summary: '答复反馈（干部）',
    input: z.object({ feedbackId: z.string().min(1).max(64), reply: textField(500, 2) }).strict(),
    output: FeedbackCaseView,
    access: CADRES_IN_SCOPE,
    mutating: true,
  }),
});
