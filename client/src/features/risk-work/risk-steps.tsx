import { View } from '@tarojs/components';
import { RISK_STATUS_LABEL } from '@shared/risk/risk-statuses';
import type { StepView } from './risk-work-api';
import { STEP_KIND_LABEL, instantText, roleText } from './risk-work-labels';
import './risk-work.css';

/** Every step of the report, oldest first: what happened, who, when, and their note. */
export function RiskSteps({ steps }: { steps: readonly StepView[] }) {
  return (
    <View className="psv-card" data-testid="risk-steps">
      <View className="psv-subtitle">办理过程</View>
      {steps.map((s, i) => (
        <View
          key={`${s.at}-${i}`}
          className="psv-risk-step"
          data-testid="risk-step"
          data-kind={s.kind}
        >
          <View className="psv-risk-step__title">{STEP_KIND_LABEL[s.kind]}</View>
          {s.to && <View className="psv-text-secondary">之后：{RISK_STATUS_LABEL[s.to]}</View>}
          <View className="psv-text-secondary">
            {roleText(s.actorRole)} {s.actorName} · {instantText(s.at)}
          </View>
          {s.note && <View>{s.note}</View>}
        </View>
      ))}
    </View>
  );
}
