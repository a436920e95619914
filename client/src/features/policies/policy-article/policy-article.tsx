import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { POLICY_CATEGORY_LABEL } from '@shared/policies/policy-labels';
import { ErrorState, LoadingState } from '../../../components/page-state/page-state';
import { ReadAloud } from '../../elderly-mode/read-aloud/read-aloud';
import { FaqAccordion } from '../faq-accordion';
import { effectiveText, formatPolicyDate } from '../format-policy-dates';
import type { PolicyArticle as PolicyArticleData } from '../policies-api';
import { policyArticlePath, SELF_CHECK_PATH } from '../policy-paths';
import { PolicyVersions } from '../policy-versions';
import { policyReadAloudText } from '../read-aloud-text';
import { usePolicy } from '../use-policy';
import './policy-article.css';

/** Loads a policy explainer (or one of its older versions) and shows it. */
export function PolicyArticle({ policyId, version }: { policyId: string; version?: number }) {
  const policy = usePolicy(policyId, version);
  if (policy.state === 'loading') return <LoadingState text="正在打开政策…" />;
  if (policy.state === 'error') {
    return (
      <ErrorState message={policy.error.message} code={policy.error.code} onRetry={policy.reload} />
    );
  }
  return <PolicyArticleView policy={policy.data} />;
}

/** Summary, paragraphs, examples, FAQ, source and dates, read-aloud and the version history. */
export function PolicyArticleView({ policy }: { policy: PolicyArticleData }) {
  return (
    <View
      className="psv-policy-article"
      data-testid="policy-article"
      data-policy-id={policy.policyId}
      data-version={policy.version}
      data-current={policy.current ? 'yes' : 'no'}
    >
      {!policy.current && (
        <View className="psv-notice" data-testid="old-version-notice" role="status">
          <Text>
            这是第 {policy.version} 版（旧版本），只能查看，内容可能已经变了。现在执行的是最新版本。
          </Text>
          <View
            className="psv-button"
            data-testid="open-current-version"
            onClick={() => void Taro.redirectTo({ url: policyArticlePath(policy.policyId) })}
          >
            <Text>看现行版本</Text>
          </View>
        </View>
      )}
      <View className="psv-title">{policy.title}</View>
      <View className="psv-policy-article__meta">
        <Text className="psv-badge">{POLICY_CATEGORY_LABEL[policy.category]}</Text>
        <Text className="psv-text-secondary">
          {effectiveText(policy.effectiveFrom, policy.effectiveTo)}
        </Text>
      </View>
      <ReadAloud
        text={policyReadAloudText(policy)}
        {...(policy.current ? { source: { kind: 'policy', policyId: policy.policyId } } : {})}
      />
      <View className="psv-policy-article__summary" data-testid="policy-summary">
        {policy.summary}
      </View>
      <View className="psv-card" data-testid="policy-body">
        {policy.body.map((paragraph) => (
          <View key={paragraph} className="psv-policy-article__paragraph">
            {paragraph}
          </View>
        ))}
      </View>
      {policy.examples.length > 0 && (
        <View className="psv-card" data-testid="policy-examples">
          <View className="psv-subtitle">算一算、看一看</View>
          {policy.examples.map((example) => (
            <View
              key={example.text}
              className="psv-policy-article__example"
              data-testid="policy-example"
              data-illustrative={example.illustrative ? 'yes' : 'no'}
            >
              {example.illustrative && (
                <Text className="psv-badge psv-policy-article__example-mark">举例</Text>
              )}
              <Text>{example.text}</Text>
              {example.illustrative && (
                <View className="psv-text-secondary">
                  这只是举例，说明怎么算；您家能拿多少以村里、镇里核定的为准。
                </View>
              )}
            </View>
          ))}
        </View>
      )}
      {policy.faq.length > 0 && (
        <View className="psv-card">
          <View className="psv-subtitle">常见问题</View>
          <FaqAccordion items={policy.faq} />
        </View>
      )}
      <View className="psv-card" data-testid="policy-source">
        <View className="psv-subtitle">政策依据</View>
        <View>{policy.sourceDocument}</View>
        <View className="psv-text-secondary">
          {effectiveText(policy.effectiveFrom, policy.effectiveTo)}；本页更新于
          {formatPolicyDate(policy.updatedAt)}
        </View>
        {policy.demo && (
          <View className="psv-text-secondary">（演示内容，具体以当地正式文件为准）</View>
        )}
      </View>
      <PolicyVersions
        policyId={policy.policyId}
        versions={policy.versions}
        shown={policy.version}
      />
      <View
        className="psv-button psv-button--primary"
        data-testid="open-self-check"
        onClick={() => void Taro.navigateTo({ url: SELF_CHECK_PATH })}
      >
        <Text>看看我家能享受哪些政策</Text>
      </View>
    </View>
  );
}
