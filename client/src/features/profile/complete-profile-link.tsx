import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PROFILE_EDIT_PATH } from './profile-paths';

/**
 * The way to 完善资料 from wherever the profile is missing (我的, or a refusal such as 报名
 * needing the ID number); saving there comes back to this page.
 */
export function CompleteProfileLink({
  label = '去完善资料',
  primary = true,
}: {
  label?: string;
  primary?: boolean;
}) {
  return (
    <View
      className={`psv-button${primary ? ' psv-button--primary' : ''}`}
      data-testid="open-profile-edit"
      onClick={() => void Taro.navigateTo({ url: PROFILE_EDIT_PATH })}
    >
      <Text>{label}</Text>
    </View>
  );
}
