import { Text, View } from '@tarojs/components';
import { MAX_COUNT } from '../self-check-steps';

/** A big "减一 · n 人 · 加一" counter. */
export function CountStepper({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: number;
  onChange: (next: number) => void;
  testId: string;
}) {
  return (
    <View className="psv-stepper" data-testid={testId} data-value={value}>
      <Text className="psv-stepper__label">{label}</Text>
      <View className="psv-stepper__controls">
        <View
          className={`psv-button psv-stepper__button${value <= 0 ? ' psv-stepper__button--off' : ''}`}
          role="button"
          aria-label={`${label}减一`}
          data-testid={`${testId}-minus`}
          onClick={() => value > 0 && onChange(value - 1)}
        >
          <Text>－</Text>
        </View>
        <Text className="psv-stepper__value" data-testid={`${testId}-value`}>
          {value} 人
        </Text>
        <View
          className={`psv-button psv-stepper__button${value >= MAX_COUNT ? ' psv-stepper__button--off' : ''}`}
          role="button"
          aria-label={`${label}加一`}
          data-testid={`${testId}-plus`}
          onClick={() => value < MAX_COUNT && onChange(value + 1)}
        >
          <Text>＋</Text>
        </View>
      </View>
    </View>
  );
}
