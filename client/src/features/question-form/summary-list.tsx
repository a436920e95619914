import { Text, View } from '@tarojs/components';

export interface SummaryRow<S extends string> {
  step: S;
  label: string;
  value: string;
}

/**
 * The 核对 screen of a one-question-per-screen form: each answer with 改 (back to its screen), and
 * what still has to change, each leading to its screen. `children` come first (an estimate).
 */
export function SummaryList<S extends string>({
  prefix,
  rows,
  problems,
  questionOf,
  onEdit,
  children,
}: {
  prefix: string;
  rows: readonly SummaryRow<S>[];
  problems: readonly { step: S; message: string }[];
  questionOf: (step: S) => string;
  onEdit: (step: S) => void;
  children?: React.ReactNode;
}) {
  return (
    <View data-testid={`${prefix}-summary`}>
      {children}
      {rows.map((row) => (
        <View key={row.step} className="psv-risk-summary-row" data-row={row.step}>
          <View className="psv-risk-summary-row__text">
            <View className="psv-text-secondary">{row.label}</View>
            <View className="psv-risk-summary-row__value">{row.value || '（没有填）'}</View>
          </View>
          <View
            className="psv-button psv-risk-summary-row__edit"
            data-testid={`${prefix}-edit-${row.step}`}
            onClick={() => onEdit(row.step)}
          >
            <Text>改</Text>
          </View>
        </View>
      ))}
      {problems.length > 0 && (
        <View className="psv-notice" role="alert" data-testid={`${prefix}-problems`}>
          <View className="psv-field__label">还有几处要改一下：</View>
          {problems.map((p) => (
            <View
              key={p.step}
              className="psv-field__error psv-risk-problem"
              data-step={p.step}
              onClick={() => onEdit(p.step)}
            >
              <Text>
                {questionOf(p.step)}：{p.message}（点这里去改）
              </Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
