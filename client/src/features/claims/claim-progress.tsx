import { CLAIM_PROGRESS_STEPS, type ClaimStatus } from '@shared/claims/claim-statuses';
import {
  ProgressSteps,
  progressStates,
  type StepState,
  type StepsAt,
} from '../question-form/progress-steps';
import type { ClaimView } from './claims-api';

const AT: StepsAt<ClaimStatus> = {
  reported: { done: 0, current: 1 },
  materials_checked: { done: 1, current: 2 },
  town_reviewed: { done: 2, current: 3 },
  surveyed: { done: 3, current: 4 },
  approved: { done: 4, current: 5 },
  paid: { done: 5, current: null },
};

/** The state of each of the six steps (报案 … 已赔付); returned / rejected stop where sent back. */
export function claimProgressStates(claim: Pick<ClaimView, 'status' | 'steps'>): StepState[] {
  return progressStates(AT, CLAIM_PROGRESS_STEPS.length, claim.status, claim.steps, 'reported');
}

/** 报案 → 村核材料 → 镇审核 → 保险查勘 → 市审定·公示 → 已赔付. */
export function ClaimProgress({ claim }: { claim: Pick<ClaimView, 'status' | 'steps'> }) {
  return (
    <ProgressSteps
      testId="claim-progress"
      steps={CLAIM_PROGRESS_STEPS}
      states={claimProgressStates(claim)}
    />
  );
}
