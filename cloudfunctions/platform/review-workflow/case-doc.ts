import type { Role } from '../../../shared/src/auth/roles';
import type { WorkflowState } from '../../../shared/src/review-workflow/transitions';
import type { LocalDate } from '../../../shared/src/review-workflow/working-days';

import type { ActingLevel } from '../../../shared/src/review-workflow/workflow-definition';

/** Whose turn it is on a case: the family, a level of government (or an insurer); null = nobody. */
export type WaitingFor = ActingLevel;

/** One timeline entry of a case: who did what, from which status to which. */
export interface CaseStep<S extends string> {
  at: string;
  /** What happened (`submitted`, `approved`, `returned`, … or a feature's own kind). */
  kind: string;
  from: S | null;
  to: S | null;
  actorId: string | null;
  actorRole: Role | 'system';
  actorName: string;
  note: string | null;
}

/**
 * The fields every case document of a review workflow carries (risk reports, insurance claims…).
 * The store's `_version` is the case's version: reviewers send the one they looked at.
 */
export interface CaseFields<S extends string> extends WorkflowState<S> {
  villageId: string;
  townId: string;
  householdId: string | null;
  /** Who filed it: the notices go to them. */
  filerId: string;
  submittedAt: string;
  /** When the current status was entered (deadlines counted `from: 'entered'` start here). */
  enteredAt: string;
  waitingFor: WaitingFor | null;
  /** China local date the current step is due (denormalised so queues are one indexed query). */
  dueOn: LocalDate | null;
  steps: CaseStep<S>[];
  updatedAt: string;
}
