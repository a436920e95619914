import { Text, View } from '@tarojs/components';

export type StepState = 'done' | 'current' | 'stopped' | 'todo';

/** For a case waiting at a status: the last step done and the step under way (null: all done). */
export type StepsAt<S extends string> = Partial<
  Record<S, { done: number; current: number | null }>
>;

/**
 * The state of each step of a programme's progress bar. A case at a status outside `at` (returned,
 * rejected) stops at the step that sent it back, read from its last 退回 / 不通过 entry.
 */
export function progressStates<S extends string>(
  at: StepsAt<S>,
  count: number,
  status: S,
  history: readonly { kind: string; from: S | null }[],
  first: S,
): StepState[] {
  let here = at[status];
  let stopped = false;
  if (!here) {
    const last = [...history].reverse().find((s) => s.kind === 'returned' || s.kind === 'rejected');
    here = (last?.from ? at[last.from] : undefined) ?? at[first];
    stopped = true;
  }
  const { done, current } = here ?? { done: 0, current: 1 };
  return Array.from({ length: count }, (_, i) => {
    if (i <= done) return 'done';
    if (i === current) return stopped ? 'stopped' : 'current';
    return 'todo';
  });
}

/** The steps of a programme, done ones with ✓, a stopped one with ✗, the one under way framed. */
export function ProgressSteps({
  testId,
  steps,
  states,
}: {
  testId: string;
  steps: readonly { status: string; label: string }[];
  states: readonly StepState[];
}) {
  return (
    <View className="psv-risk-steps" data-testid={testId}>
      {steps.map((step, i) => {
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
