import { Text, View } from '@tarojs/components';
import { RISK_PROGRESS_STEPS, type RiskStatus } from '@shared/risk/risk-statuses';
import type { RiskReportView } from './risk-api';

/** For a report waiting at a status: the last step done and the step under way (null: all done). */
const AT: Partial<Record<RiskStatus, { done: number; current: number | null }>> = {
  submitted: { done: 0, current: 1 },
  village_verified: { done: 1, current: 2 },
  town_reviewed: { done: 2, current: 3 },
  city_approved: { done: 3, current: 4 },
  assisting: { done: 3, current: 4 },
  elimination_proposed: { done: 4, current: 5 },
  elimination_town_reviewed: { done: 4, current: 5 },
  resolved: { done: 5, current: null },
};

export type StepState = 'done' | 'current' | 'stopped' | 'todo';

/**
 * The state of each of the six steps (提交申报 … 风险消除). A returned or rejected report stops
 * at the step that sent it back (read from its last 退回 / 不通过 entry).
 */
export function progressStates(report: Pick<RiskReportView, 'status' | 'steps'>): StepState[] {
  let at = AT[report.status];
  let stopped = false;
  if (!at) {
    const last = [...report.steps]
      .reverse()
      .find((s) => s.kind === 'returned' || s.kind === 'rejected');
    at = (last?.from ? AT[last.from] : undefined) ?? AT.submitted;
    stopped = true;
  }
  const { done, current } = at ?? { done: 0, current: 1 };
  return RISK_PROGRESS_STEPS.map((_, i) => {
    if (i <= done) return 'done';
    if (i === current) return stopped ? 'stopped' : 'current';
    return 'todo';
  });
}

/** The six steps of the programme, done ones filled with ✓, the one under way framed. */
export function RiskProgress({ report }: { report: Pick<RiskReportView, 'status' | 'steps'> }) {
  const states = progressStates(report);
  return (
    <View className="psv-risk-steps" data-testid="risk-progress">
      {RISK_PROGRESS_STEPS.map((step, i) => {
        const state = states[i] ?? 'todo';
        return (
          <View
            key={step.status}
            className={`psv-risk-step psv-risk-step--${state}`}
            data-state={state}
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
