import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { featurePath, type FeatureEntry } from './feature-catalogue';

/** Big tiles, one per feature; features not built yet say so on the tile. */
export function FeatureGrid({ features }: { features: readonly FeatureEntry[] }) {
  return (
    <View className="psv-grid">
      {features.map((feature) => (
        <View
          key={feature.key}
          className="psv-grid__item"
          data-feature={feature.key}
          onClick={() => void Taro.navigateTo({ url: featurePath(feature.key) })}
        >
          <Text className="psv-grid__title">{feature.title}</Text>
          <Text className="psv-text-secondary">
            {feature.ready ? feature.summary : `${feature.summary}（即将上线）`}
          </Text>
        </View>
      ))}
    </View>
  );
}
