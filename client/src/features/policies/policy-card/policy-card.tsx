import { Text, View } from '@tarojs/components';
import { POLICY_CATEGORY_LABEL } from '@shared/policies/policy-labels';
import { effectiveText } from '../format-policy-dates';
import type { PolicySummaryView } from '../policies-api';
import './policy-card.css';

/** One policy in the list: title, category, one-line summary, since when it applies. */
export function PolicyCard({
  policy,
  onOpen,
}: {
  policy: PolicySummaryView;
  onOpen?: (policyId: string) => void;
}) {
  return (
    <View
      className="psv-policy-card"
      data-testid="policy-card"
      data-policy-id={policy.policyId}
      data-category={policy.category}
      onClick={() => onOpen?.(policy.policyId)}
    >
      <View className="psv-policy-card__title">{policy.title}</View>
      <Text className="psv-badge">{POLICY_CATEGORY_LABEL[policy.category]}</Text>
      <View className="psv-policy-card__summary">{policy.summary}</View>
      <View className="psv-text-secondary">
        {effectiveText(policy.effectiveFrom, policy.effectiveTo)}
      </View>
    </View>
  );
}
