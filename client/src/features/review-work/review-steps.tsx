import { View } from '@tarojs/components';
import { instantText, roleText } from '../risk-work/risk-work-labels';
import '../risk-work/risk-work.css';

interface Step<K extends string, S extends string> {
  at: string;
  kind: K;
  to: S | null;
  actorRole: string;
  actorName: string;
  note: string | null;
}

/** Every step of a case, oldest first: what happened, who, when, and their note. */
export function ReviewSteps<K extends string, S extends string>({
  steps,
  kindLabel,
  statusLabel,
  testId,
  itemTestId,
}: {
  steps: readonly Step<K, S>[];
  kindLabel: Record<K, string>;
  statusLabel: Record<S, string>;
  testId: string;
  itemTestId: string;
}) {
  return (
    <View className="psv-card" data-testid={testId}>
      <View className="psv-subtitle">办理过程</View>
      {steps.map((s, i) => (
        <View
          key={`${s.at}-${i}`}
          className="psv-risk-step"
          data-testid={itemTestId}
          data-kind={s.kind}
        >
          <View className="psv-risk-step__title">{kindLabel[s.kind]}</View>
          {s.to && <View className="psv-text-secondary">之后：{statusLabel[s.to]}</View>}
          <View className="psv-text-secondary">
            {roleText(s.actorRole)} {s.actorName} · {instantText(s.at)}
          </View>
          {s.note && <View>{s.note}</View>}
        </View>
      ))}
    </View>
  );
}
