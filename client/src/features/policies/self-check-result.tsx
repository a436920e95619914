import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { featurePath } from '../catalogue/feature-catalogue';
import { formatPolicyDate } from './format-policy-dates';
import { SELF_CHECK_PATH } from './policy-paths';
import { ResultCard } from './result-card/result-card';
import { readSelfCheckResult } from './self-check-result-store';

function dayOf(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatPolicyDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
}

/** The result of the last 查看结果: matched policies, or a kind word when there are none. */
export function SelfCheckResult() {
  const [result] = useState(readSelfCheckResult);
  const redo = () =>
    void Taro.navigateBack().catch(() => Taro.redirectTo({ url: SELF_CHECK_PATH }));

  if (!result) {
    return (
      <View className="psv-state" data-testid="self-check-result" data-state="none">
        <View className="psv-state__title">还没有做过自查</View>
        <View className="psv-text-secondary">回答几个简单的问题，就能看到您家可能享受的政策。</View>
        <View
          className="psv-button psv-button--primary"
          onClick={() => void Taro.redirectTo({ url: SELF_CHECK_PATH })}
        >
          <Text>开始自查</Text>
        </View>
      </View>
    );
  }

  return (
    <View
      data-testid="self-check-result"
      data-state={result.matches.length > 0 ? 'matches' : 'empty'}
    >
      {result.matches.length > 0 ? (
        <View className="psv-text-secondary">
          根据您{dayOf(result.checkedAt)}的回答，您家可能可以享受下面 {result.matches.length}{' '}
          项政策。最后能不能享受、能享受多少，以村里、镇里审核为准。
        </View>
      ) : (
        <View className="psv-card" data-testid="self-check-empty">
          <View className="psv-subtitle">暂时没有找到对得上的政策</View>
          <View>
            这不代表您家什么政策都没有。有些情况几个问题问不全，请找村干部或驻村工作队问一问，他们会帮您看。
          </View>
          <View
            className="psv-button"
            onClick={() => void Taro.navigateTo({ url: featurePath('feedback') })}
          >
            <Text>在“意见反馈”里留言求助</Text>
          </View>
        </View>
      )}
      {result.matches.map((match) => (
        <ResultCard key={match.policyId} match={match} />
      ))}
      <View className="psv-button" data-testid="self-check-redo" onClick={redo}>
        <Text>改一改回答</Text>
      </View>
    </View>
  );
}
