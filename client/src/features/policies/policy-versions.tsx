import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { effectiveText } from './format-policy-dates';
import type { PolicyVersionRow } from './policies-api';
import { policyArticlePath } from './policy-paths';

/** 历史版本: every version, newest first; tapping one opens it read-only. */
export function PolicyVersions({
  policyId,
  versions,
  shown,
}: {
  policyId: string;
  versions: readonly PolicyVersionRow[];
  shown: number;
}) {
  const newest = Math.max(...versions.map((v) => v.version));
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return (
    <View className="psv-card" data-testid="policy-versions">
      <View className="psv-subtitle">历史版本</View>
      {sorted.length <= 1 && <View className="psv-text-secondary">这项政策还没有修订过。</View>}
      {sorted.length > 1 &&
        sorted.map((row) => (
          <View
            key={row.version}
            className="psv-row psv-policy-version"
            data-testid="policy-version"
            data-version={row.version}
            onClick={() =>
              row.version === shown
                ? undefined
                : void Taro.navigateTo({
                    url: policyArticlePath(
                      policyId,
                      row.version === newest ? undefined : row.version,
                    ),
                  })
            }
          >
            <Text>
              第 {row.version} 版{row.version === newest ? '（现行）' : ''}
              {row.version === shown ? ' · 正在看' : ''}
            </Text>
            <View className="psv-policy-version__facts">
              <Text className="psv-text-secondary">
                {effectiveText(row.effectiveFrom, row.effectiveTo)}
              </Text>
              {row.changeNote && (
                <Text className="psv-text-secondary" data-testid="policy-version-note">
                  修改说明：{row.changeNote}
                </Text>
              )}
            </View>
          </View>
        ))}
    </View>
  );
}
