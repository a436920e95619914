import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageShell } from '../../components/page-shell/page-shell';
import { featureByKey, type FeatureKey } from './feature-catalogue';

/** The page of a feature that is not built yet: what it will do, and a way back. */
export function ComingSoon({ feature }: { feature: FeatureKey }) {
  const entry = featureByKey(feature);
  return (
    <PageShell title={entry.title}>
      <View className="psv-card">
        <View className="psv-subtitle">即将上线</View>
        <Text>这个功能正在建设中，上线后您可以：</Text>
        {entry.plans.map((plan) => (
          <View key={plan}>
            <Text>· {plan}</Text>
          </View>
        ))}
      </View>
      <View className="psv-text-secondary">
        有急事请先联系村委会。也可以在“意见反馈”里告诉我们您的需要。
      </View>
      <View
        className="psv-button"
        onClick={() => void Taro.navigateTo({ url: '/packages/feedback/pages/index/index' })}
      >
        <Text>去意见反馈</Text>
      </View>
      <View
        className="psv-button"
        onClick={() =>
          void Taro.navigateBack().catch(() => Taro.switchTab({ url: '/pages/home/index' }))
        }
      >
        <Text>返回</Text>
      </View>
    </PageShell>
  );
}
