import { RISK_STATUS_LABEL } from '@shared/risk/risk-statuses';
import { ReviewSteps } from '../review-work/review-steps';
import type { StepView } from './risk-work-api';
import { STEP_KIND_LABEL } from './risk-work-labels';

/** Every step of the report, oldest first: what happened, who, when, and their note. */
export function RiskSteps({ steps }: { steps: readonly StepView[] }) {
  return (
    <ReviewSteps
      steps={steps}
      kindLabel={STEP_KIND_LABEL}
      statusLabel={RISK_STATUS_LABEL}
      testId="risk-steps"
      itemTestId="risk-step"
    />
  );
}
