import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { MESSAGES_PATH } from './messages-api';
import { useUnreadCount } from './use-unread-count';
import { badgeText } from './unread-badge';

/** 消息 on 我的, with the unread count (and the 我的 tab badge kept up to date). */
export function MessagesEntry() {
  const count = useUnreadCount();
  const text = badgeText(count);
  return (
    <View
      className="psv-button psv-row"
      data-testid="me-messages-entry"
      onClick={() => void Taro.navigateTo({ url: MESSAGES_PATH })}
    >
      <Text>消息</Text>
      {text && (
        <Text
          className="psv-badge psv-badge--failed"
          data-testid="me-messages-unread"
          aria-label={`${count}条未读`}
        >
          {text}条未读
        </Text>
      )}
    </View>
  );
}
