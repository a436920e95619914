import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { FEEDBACK_INBOX_PATH } from './feedback-paths';

/** On the 工作台: the way into 反馈待办 (群众意见反馈, answered within 5 working days). */
export function FeedbackInboxEntry() {
  return (
    <View className="psv-card" data-testid="feedback-inbox-entry">
      <View className="psv-subtitle">群众意见反馈</View>
      <View className="psv-text-secondary">5个工作日内答复；办不了的转交上级。</View>
      <View
        className="psv-button psv-button--primary"
        data-testid="open-feedback-inbox"
        onClick={() => void Taro.navigateTo({ url: FEEDBACK_INBOX_PATH })}
      >
        <Text>反馈待办</Text>
      </View>
    </View>
  );
}
