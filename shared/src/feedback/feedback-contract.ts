import { z } from 'zod';
import { CADRES_IN_SCOPE, EVERY_ROLE_OWN } from '../auth/access-presets';
import { action, defineFunction } from '../contract/define-function';
import { DeadlineView } from '../review-workflow/deadline-view';
import { MobileField, PageInput, textField } from '../validation/common-fields';

/** 意见反馈: a villager's suggestion, complaint or request for help, answered by their village. */
export const FeedbackCategory = z.enum(['suggestion', 'complaint', 'help', 'other']);
/**
 * received: waiting for the village's answer; passed_up: passed to the town or city, waiting for
 * its answer; answered: answered (it may be answered again or passed up); handled: closed.
 */
export const FeedbackStatus = z.enum(['received', 'answered', 'handled', 'passed_up']);
/** The level whose turn it is to answer: village → town → city. */
export const FeedbackLevel = z.enum(['village', 'town', 'city']);

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

/** One answer, with who gave it (name and level) and when. */
export const FeedbackReplyView = z.object({
  text: z.string(),
  byName: z.string().nullable(),
  byLevel: FeedbackLevel,
  at: z.string(),
});

export const FeedbackView = z.object({
  feedbackId: z.string(),
  category: FeedbackCategory,
  content: z.string(),
  status: FeedbackStatus,
  level: FeedbackLevel,
  /** The latest answer (kept for older clients); every answer is in `replies`. */
  reply: z.string().nullable(),
  replies: z.array(FeedbackReplyView),
  createdAt: z.string(),
  repliedAt: z.string().nullable(),
  handledAt: z.string().nullable(),
});

/** What cadres see: also who sent it (contact masked), from which village, and its deadline. */
export const FeedbackCaseView = FeedbackView.extend({
  submitterName: z.string().nullable(),
  contactMasked: z.string().nullable(),
  villageId: z.string().nullable(),
  villageName: z.string().nullable(),
  /** The answer deadline while one is awaited (received / passed_up), else null. */
  deadline: DeadlineView.nullable(),
  /** Whether the caller's level is the one to act now (answer, mark handled, pass up). */
  canAct: z.boolean(),
  passedUpAt: z.string().nullable(),
});

const FeedbackIdField = z.string().min(1).max(64);

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
  inbox: action({
    summary: '反馈待办（干部）：辖区内的反馈，按答复期限排序',
    input: z
      .object({
        status: FeedbackStatus.optional(),
        /** todo: what waits for my level, soonest due first; all: my whole area, newest first. */
        view: z.enum(['todo', 'all']).default('todo'),
        ...PageInput,
      })
      .strict(),
    output: z.object({ items: z.array(FeedbackCaseView), nextCursor: z.string().nullable() }),
    access: CADRES_IN_SCOPE,
    mutating: false,
  }),
  get: action({
    summary: '一条反馈（干部）',
    input: z.object({ feedbackId: FeedbackIdField }).strict(),
    output: FeedbackCaseView,
    access: CADRES_IN_SCOPE,
    mutating: false,
  }),
  reply: action({
    summary: '答复反馈（干部）',
    input: z.object({ feedbackId: FeedbackIdField, reply: textField(500, 2) }).strict(),
    output: FeedbackCaseView,
    access: CADRES_IN_SCOPE,
    mutating: true,
  }),
  markHandled: action({
    summary: '反馈已处理（干部）',
    input: z.object({ feedbackId: FeedbackIdField }).strict(),
    output: FeedbackCaseView,
    access: CADRES_IN_SCOPE,
    mutating: true,
  }),
  passUp: action({
    summary: '反馈转交上级（村→镇→市）',
    input: z.object({ feedbackId: FeedbackIdField, note: textField(200, 2).optional() }).strict(),
    output: FeedbackCaseView,
    access: CADRES_IN_SCOPE,
    mutating: true,
  }),
});
