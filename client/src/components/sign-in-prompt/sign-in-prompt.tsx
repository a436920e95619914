import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';

/** Shown instead of a form that needs a signed-in villager: why, and a button to log in. */
export function SignInPrompt({
  reason,
  testId = 'sign-in-prompt',
}: {
  reason: string;
  testId?: string;
}) {
  return (
    <View className="psv-card" data-testid={testId}>
      <Text>{reason}</Text>
      <View
        className="psv-button psv-button--primary"
        onClick={() => void Taro.navigateTo({ url: '/pages/login/index' })}
      >
        <Text>去登录</Text>
      </View>
    </View>
  );
}
