import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PRIVACY_POLICY_PATH } from '../privacy-paths';
import { usePrivacyCheck } from '../use-privacy-check';
import './privacy-notice.css';

/**
 * One line near a form's first sensitive field (ID number, phone, health, photos): who sees what
 * they type, and the link to 《隐私政策》. On weapp its first showing also asks WeChat whether the
 * villager still has to agree to the privacy guide, and raises the sheet now if so.
 */
export function PrivacyNotice({
  text = '您填的信息只给负责您家的村、镇、市干部看，用来帮扶。',
}: {
  text?: string;
}) {
  usePrivacyCheck();
  return (
    <View className="psv-privacy-notice" data-testid="privacy-notice">
      <Text>{text}</Text>
      <Text
        className="psv-privacy-notice__link"
        data-testid="privacy-policy-link"
        onClick={() => void Taro.navigateTo({ url: PRIVACY_POLICY_PATH })}
      >
        《隐私政策》
      </Text>
    </View>
  );
}
