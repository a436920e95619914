import type { z } from 'zod';
import type { FeedbackCategory, FeedbackStatus } from '../../shared/src/feedback/feedback-contract';
import type { SealedValue } from '../platform/runtime/sealed-value';
import { defineCollection } from '../platform/ports/store';

export interface FeedbackDoc {
  userId: string;
  submitterName: string | null;
  villageId: string | null;
  townId: string | null;
  category: z.infer<typeof FeedbackCategory>;
  content: string;
  contact: SealedValue | null;
  status: z.infer<typeof FeedbackStatus>;
  reply: string | null;
  repliedBy: string | null;
  repliedAt: string | null;
  createdAt: string;
}

export const feedbackCollection = defineCollection<FeedbackDoc>('feedback', [
  { fields: ['userId', 'createdAt'] },
  { fields: ['villageId', 'status', 'createdAt'] },
  { fields: ['townId', 'status', 'createdAt'] },
]);
