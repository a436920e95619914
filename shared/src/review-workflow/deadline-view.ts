import { z } from 'zod';

/** How a review step's deadline is shown in every queue and detail (risk reports, claims). */
export const DeadlineView = z.object({
  /** China local date the step is due (YYYY-MM-DD). */
  dueOn: z.string(),
  /** Working days left counting the due day; negative when late. */
  daysLeft: z.number().int(),
  overdue: z.boolean(),
});
