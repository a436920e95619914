import { Switch, Text, View } from '@tarojs/components';
import { useElderlyMode } from './use-elderly-mode';

/** 长辈模式 switch in 我的; "跟随手机" restores following the phone's font setting. */
export function ElderlyModeToggle() {
  const { elderly, preference, systemSuggests, setPreference } = useElderlyMode();
  return (
    <View className="psv-card">
      <View className="psv-row">
        <Text className="psv-subtitle">长辈模式</Text>
        <Switch
          checked={elderly}
          color="#1f7a3a"
          aria-label="长辈模式"
          data-testid="elderly-switch"
          onChange={(event) => setPreference(event.detail.value ? 'on' : 'off')}
        />
      </View>
      <View className="psv-text-secondary">字更大、按钮更大、颜色更分明，看得清、点得准。</View>
      {preference === 'system' && systemSuggests && (
        <View className="psv-text-secondary">已按手机的大字体设置自动打开。</View>
      )}
      {preference !== 'system' && (
        <View className="psv-button" onClick={() => setPreference('system')}>
          <Text>跟随手机字体设置</Text>
        </View>
      )}
    </View>
  );
}
