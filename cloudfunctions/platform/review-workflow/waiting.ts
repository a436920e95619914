import { dueDate } from '../../../shared/src/review-workflow/deadlines';
import type {
  DeadlineRule,
  WorkflowDef,
} from '../../../shared/src/review-workflow/workflow-definition';
import { stageOf } from '../../../shared/src/review-workflow/workflow-definition';
import type { WorkflowState } from '../../../shared/src/review-workflow/transitions';
import type { LocalDate } from '../../../shared/src/review-workflow/working-days';
import type { WaitingFor } from './case-doc';

/**
 * A due date the working-day rule cannot express, computed from the item's recorded moments (e.g.
 * a claim's payment: a 公示 of calendar days, then working days).
 */
export interface DueOnRule {
  dueOn(moments: { submittedAt: string; enteredAt: string }): LocalDate;
  source: string;
}

/** Who works a status that is not a review stage (e.g. the plan after approval), as data. */
export type WaitingRules<S extends string> = Partial<
  Record<S, { waitingFor: WaitingFor | null; deadline: DeadlineRule | DueOnRule | null }>
>;

/**
 * Whose turn it is in `state`, and by which date: a stage waits for its level with the stage's
 * deadline; a returned case waits for the family; a rejected one waits for the family while an
 * appeal is still possible (within the def's appeal window); extra rules cover the rest.
 */
export function waitingAt<S extends string>(
  def: WorkflowDef<S>,
  extra: WaitingRules<S>,
  state: WorkflowState<S>,
  moments: { submittedAt: string; enteredAt: string },
): { waitingFor: WaitingFor | null; dueOn: LocalDate | null } {
  const rule = extra[state.status];
  if (rule)
    return {
      waitingFor: rule.waitingFor,
      dueOn: !rule.deadline
        ? null
        : 'dueOn' in rule.deadline
          ? rule.deadline.dueOn(moments)
          : dueDate(rule.deadline, moments),
    };
  const stage = stageOf(def, state.status);
  if (stage)
    return {
      waitingFor: stage.level,
      dueOn: stage.deadline ? dueDate(stage.deadline, moments) : null,
    };
  if (state.status === def.returned) return { waitingFor: 'family', dueOn: null };
  if (state.status === def.rejected) {
    const mayAppeal =
      state.appeals < def.maxAppeals && state.rejectedAt !== null && def.appealTo(state.rejectedAt);
    return mayAppeal
      ? {
          waitingFor: 'family',
          dueOn: dueDate(
            { from: 'entered', workingDays: def.appealWithinWorkingDays, source: def.name },
            moments,
          ),
        }
      : { waitingFor: null, dueOn: null };
  }
  return { waitingFor: null, dueOn: null };
}
