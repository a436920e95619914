import { z } from 'zod';

const Count = z.number().int().min(0).max(20);

/**
 * The self-check's answers. Kept on the phone and sent only when the villager asks for a
 * result; nothing here names a person.
 */
export const EligibilityAnswers = z
  .object({
    householdCategory: z.enum(['general', 'lifted', 'monitored', 'unknown']),
    /** Family members now in school, by stage. */
    inSchool: z
      .object({
        preschool: Count,
        primary: Count,
        junior: Count,
        senior: Count,
        vocational: Count,
        college: Count,
      })
      .strict(),
    chronicIllness: z.boolean(),
    seriousIllness: z.boolean(),
    /** Family members aged 60 or over. */
    aged60Plus: Count,
    disability: z.boolean(),
    disasterLoss: z.boolean(),
    accidentInjury: z.boolean(),
    /** Income per person below the local 低保 line, as the family judges it. */
    lowIncome: z.boolean(),
    wantsTraining: z.boolean(),
    wantsBusiness: z.boolean(),
  })
  .strict();
export type EligibilityAnswers = z.infer<typeof EligibilityAnswers>;
