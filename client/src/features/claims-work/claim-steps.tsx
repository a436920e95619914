import { CLAIM_STATUS_LABEL } from '@shared/claims/claim-statuses';
import { ReviewSteps } from '../review-work/review-steps';
import type { ClaimStep } from './claims-work-api';
import { CLAIM_STEP_LABEL } from './claims-work-labels';

/** Every step of the claim, oldest first: what happened, who, when, and their note. */
export function ClaimSteps({ steps }: { steps: readonly ClaimStep[] }) {
  return (
    <ReviewSteps
      steps={steps}
      kindLabel={CLAIM_STEP_LABEL}
      statusLabel={CLAIM_STATUS_LABEL}
      testId="claim-steps"
      itemTestId="claim-step"
    />
  );
}
