import { Text, View } from '@tarojs/components';
import { PRIVACY_POLICY } from '@shared/privacy/privacy-policy';
import './privacy-policy.css';

/** 《掌上智慧村隐私政策》 from shared/src/privacy/privacy-policy.ts, section by section. */
export function PrivacyPolicyView() {
  const policy = PRIVACY_POLICY;
  return (
    <View data-testid="privacy-policy" data-version={policy.version}>
      <View className="psv-text-secondary" data-testid="privacy-policy-version">
        <Text>
          版本 {policy.version} · {policy.effectiveDate} 起生效
        </Text>
      </View>
      {policy.sections.map((section) => (
        <View key={section.id} className="psv-card" data-section={section.id}>
          <View className="psv-subtitle">{section.title}</View>
          {section.paragraphs.map((paragraph) => (
            <View key={paragraph} className="psv-privacy-policy__paragraph">
              <Text>{paragraph}</Text>
            </View>
          ))}
          {section.items?.map((item) => (
            <View key={item.label} className="psv-privacy-policy__item">
              <Text className="psv-privacy-policy__label">{item.label}：</Text>
              <Text>{item.detail}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
