import type { NextStepTarget } from './policy-labels';

/**
 * Eligibility rules are data: each says which answers make a policy apply, why (in words a
 * villager understands), and what to do next. `evaluate-eligibility.ts` applies them.
 *
 * A field is a path into EligibilityAnswers (`inSchool.senior`, `householdCategory`). All
 * conditions of a rule must hold; a policy matches when any of its rules does, and the reasons
 * of every matching rule are listed.
 */
export type Condition =
  | { field: string; equals: string | number | boolean }
  | { field: string; in: ReadonlyArray<string | number> }
  | { field: string; atLeast: number };

export interface EligibilityRule {
  id: string;
  policyId: string;
  when: readonly Condition[];
  /** Why it matched, e.g. "家里有孩子在读高中". */
  reason: string;
  nextStep: { label: string; target: NextStepTarget; policyId?: string };
}
