import { View } from '@tarojs/components';
import { CLAIM_STATUS_LABEL } from '@shared/claims/claim-statuses';
import { instantText, roleText } from '../risk-work/risk-work-labels';
import type { ClaimStep } from './claims-work-api';
import { CLAIM_STEP_LABEL } from './claims-work-labels';
import '../risk-work/risk-work.css';

/** Every step of the claim, oldest first: what happened, who, when, and their note. */
export function ClaimSteps({ steps }: { steps: readonly ClaimStep[] }) {
  return (
    <View className="psv-card" data-testid="claim-steps">
      <View className="psv-subtitle">办理过程</View>
      {steps.map((s, i) => (
        <View
          key={`${s.at}-${i}`}
          className="psv-risk-step"
          data-testid="claim-step"
          data-kind={s.kind}
        >
          <View className="psv-risk-step__title">{CLAIM_STEP_LABEL[s.kind]}</View>
          {s.to && <View className="psv-text-secondary">之后：{CLAIM_STATUS_LABEL[s.to]}</View>}
          <View className="psv-text-secondary">
            {roleText(s.actorRole)} {s.actorName} · {instantText(s.at)}
          </View>
          {s.note && <View>{s.note}</View>}
        </View>
      ))}
    </View>
  );
}
