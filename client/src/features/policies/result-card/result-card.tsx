import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { POLICY_CATEGORY_LABEL } from '@shared/policies/policy-labels';
import { nextStepPath } from '../next-step-path';
import type { EligibilityMatch } from '../policies-api';
import { policyArticlePath } from '../policy-paths';
import './result-card.css';

/** One policy the family may get: why it matched, and what to do next (each a link). */
export function ResultCard({ match }: { match: EligibilityMatch }) {
  const go = (url: string) => void Taro.navigateTo({ url });
  return (
    <View
      className="psv-result-card"
      data-testid="result-card"
      data-policy-id={match.policyId}
      data-category={match.category}
    >
      <View className="psv-result-card__title">{match.title}</View>
      <Text className="psv-badge">{POLICY_CATEGORY_LABEL[match.category]}</Text>
      <View className="psv-result-card__section">为什么可能适合您家：</View>
      {match.reasons.map((reason) => (
        <View key={reason} className="psv-result-card__reason" data-testid="result-reason">
          <Text>✓ {reason}</Text>
        </View>
      ))}
      {match.nextSteps.length > 0 && (
        <View className="psv-result-card__section">下一步怎么办：</View>
      )}
      {match.nextSteps.map((next) => {
        const url = nextStepPath(next);
        return (
          <View
            key={`${next.target}-${next.label}`}
            className="psv-button psv-button--primary psv-result-card__next"
            data-testid="next-step"
            data-target={next.target}
            data-url={url}
            onClick={() => go(url)}
          >
            <Text>{next.label}</Text>
          </View>
        );
      })}
      <View
        className="psv-button psv-result-card__next"
        data-testid="open-policy"
        onClick={() => go(policyArticlePath(match.policyId))}
      >
        <Text>看这项政策的说明</Text>
      </View>
    </View>
  );
}
