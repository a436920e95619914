import type { z } from 'zod';
import type {
  FeedbackCategory,
  FeedbackLevel,
  FeedbackStatus,
} from '../../shared/src/feedback/feedback-contract';
import type { LocalDate } from '../../shared/src/review-workflow/working-days';
import type { SealedValue } from '../platform/runtime/sealed-value';
import { defineCollection } from '../platform/ports/store';

export type FeedbackLevelValue = z.infer<typeof FeedbackLevel>;

export interface FeedbackReplyEntry {
  text: string;
  by: string;
  byName: string | null;
  byLevel: FeedbackLevelValue;
  at: string;
}

export interface FeedbackPassUpEntry {
  from: FeedbackLevelValue;
  to: FeedbackLevelValue;
  by: string;
  byName: string | null;
  note: string | null;
  at: string;
}

export interface FeedbackDoc {
  userId: string;
  submitterName: string | null;
  villageId: string | null;
  townId: string | null;
  category: z.infer<typeof FeedbackCategory>;
  content: string;
  contact: SealedValue | null;
  status: z.infer<typeof FeedbackStatus>;
  /** Whose turn it is (older records without it are the village's). */
  level?: FeedbackLevelValue;
  /** The answer deadline (China local date) while an answer is awaited, else null. */
  dueOn?: LocalDate | null;
  reply: string | null;
  repliedBy: string | null;
  repliedAt: string | null;
  replies?: FeedbackReplyEntry[];
  passUps?: FeedbackPassUpEntry[];
  handledAt?: string | null;
  handledBy?: string | null;
  createdAt: string;
}

export const feedbackCollection = defineCollection<FeedbackDoc>('feedback', [
  { fields: ['userId', 'createdAt'] },
  { fields: ['villageId', 'status', 'createdAt'] },
  { fields: ['townId', 'status', 'createdAt'] },
  { fields: ['villageId', 'level', 'dueOn'] },
  { fields: ['townId', 'level', 'dueOn'] },
  { fields: ['level', 'dueOn'] },
]);
