import { RISK_PROGRESS_STEPS, type RiskStatus } from '@shared/risk/risk-statuses';
import {
  ProgressSteps,
  progressStates as statesOf,
  type StepState,
  type StepsAt,
} from '../question-form/progress-steps';
import type { RiskReportView } from './risk-api';

/** For a report waiting at a status: the last step done and the step under way (null: all done). */
const AT: StepsAt<RiskStatus> = {
  submitted: { done: 0, current: 1 },
  village_verified: { done: 1, current: 2 },
  town_reviewed: { done: 2, current: 3 },
  city_approved: { done: 3, current: 4 },
  assisting: { done: 3, current: 4 },
  elimination_proposed: { done: 4, current: 5 },
  elimination_town_reviewed: { done: 4, current: 5 },
  resolved: { done: 5, current: null },
};

export type { StepState };

/**
 * The state of each of the six steps (提交申报 … 风险消除). A returned or rejected report stops
 * at the step that sent it back (read from its last 退回 / 不通过 entry).
 */
export function progressStates(report: Pick<RiskReportView, 'status' | 'steps'>): StepState[] {
  return statesOf(AT, RISK_PROGRESS_STEPS.length, report.status, report.steps, 'submitted');
}

/** The six steps of the programme, done ones filled with ✓, the one under way framed. */
export function RiskProgress({ report }: { report: Pick<RiskReportView, 'status' | 'steps'> }) {
  return (
    <ProgressSteps
      testId="risk-progress"
      steps={RISK_PROGRESS_STEPS}
      states={progressStates(report)}
    />
  );
}
