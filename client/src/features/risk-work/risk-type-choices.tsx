import { Text, View } from '@tarojs/components';
import { RISK_TYPES, RISK_TYPE_CODES, type RiskType } from '@shared/risk/risk-catalogue';

/** The national risk list as big toggles; several may be chosen (up to 5). */
export function RiskTypeChoices({
  selected,
  onChange,
  testId,
}: {
  selected: readonly RiskType[];
  onChange: (next: RiskType[]) => void;
  testId: string;
}) {
  const toggle = (risk: RiskType) =>
    onChange(selected.includes(risk) ? selected.filter((r) => r !== risk) : [...selected, risk]);
  return (
    <View className="psv-choice-group" data-testid={testId}>
      {RISK_TYPE_CODES.map((risk) => {
        const on = selected.includes(risk);
        return (
          <View
            key={risk}
            className={`psv-choice${on ? ' psv-choice--active' : ''}`}
            data-risk={risk}
            data-selected={on ? 'yes' : 'no'}
            aria-checked={on}
            role="checkbox"
            onClick={() => toggle(risk)}
          >
            <Text>
              {on ? '✓ ' : ''}
              {RISK_TYPES[risk].label}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
