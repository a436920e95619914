import Switch from '@nutui/nutui-react-taro/dist/es/packages/switch';
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/css';
import { Text, View } from '@tarojs/components';
import { useElderlyMode } from './use-elderly-mode';

/** 长辈模式 switch in 我的; "跟随手机" restores following the phone's font setting. */
export function ElderlyModeToggle() {
  const { elderly, preference, systemSuggests, setPreference } = useElderlyMode();
  return (
    <View className="psv-card">
      <View className="psv-row">
        <Text className="psv-subtitle">长辈模式</Text>
        {/* NutUI's switch draws its on/off state from `checked` in h5 and weapp alike (the
            h5 build of Taro's own <Switch> kept drawing it off). No loading icon: the
            preference is saved synchronously. */}
        <Switch
          checked={elderly}
          loadingIcon={null}
          ariaLabel="长辈模式"
          aria-label="长辈模式"
          aria-checked={elderly}
          data-testid="elderly-switch"
          onChange={(on) => setPreference(on ? 'on' : 'off')}
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
