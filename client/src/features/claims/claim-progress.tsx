import { Text, View } from '@tarojs/components';
import { CLAIM_PROGRESS_STEPS, type ClaimStatus } from '@shared/claims/claim-statuses';
import type { ClaimView } from './claims-api';

/** For a claim waiting at a status: the last step done and the step under way (null: all done). */
const AT: Partial<Record<ClaimStatus, { done: number; current: number | null }>> = {
  reported: { done: 0, current: 1 },
  materials_checked: { done: 1, current: 2 },
  town_reviewed: { done: 2, current: 3 },
  surveyed: { done: 3, current: 4 },
  approved: { done: 4, current: 5 },
  paid: { done: 5, current: null },
};

export type ClaimStepState = 'done' | 'current' | 'stopped' | 'todo';

/**
 * The state of each of the six steps (报案 … 已赔付). A returned or rejected claim stops at the
 * step that sent it back (read from its last 退回 / 不通过 entry).
 */
export function claimProgressStates(claim: Pick<ClaimView, 'status' | 'steps'>): ClaimStepState[] {
  let at = AT[claim.status];
  let stopped = false;
  if (!at) {
    const last = [...claim.steps]
      .reverse()
      .find((s) => s.kind === 'returned' || s.kind === 'rejected');
    at = (last?.from ? AT[last.from] : undefined) ?? AT.reported;
    stopped = true;
  }
  const { done, current } = at ?? { done: 0, current: 1 };
  return CLAIM_PROGRESS_STEPS.map((_, i) => {
    if (i <= done) return 'done';
    if (i === current) return stopped ? 'stopped' : 'current';
    return 'todo';
  });
}

/** 报案 → 村核材料 → 镇审核 → 保险查勘 → 市审定·公示 → 已赔付, done ones with ✓. */
export function ClaimProgress({ claim }: { claim: Pick<ClaimView, 'status' | 'steps'> }) {
  const states = claimProgressStates(claim);
  return (
    <View className="psv-risk-steps" data-testid="claim-progress">
      {CLAIM_PROGRESS_STEPS.map((step, i) => {
        const state = states[i] ?? 'todo';
        return (
          <View
            key={step.status}
            className={`psv-risk-step psv-risk-step--${state}`}
            data-state={state}
            data-step={step.status}
          >
            <Text>
              {state === 'done' ? '✓ ' : state === 'stopped' ? '✗ ' : ''}
              {step.label}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
