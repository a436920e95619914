import { Text, View } from '@tarojs/components';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { formatDateTime } from '../training/format-time';
import { useMessages } from './use-messages';

/** 消息: what happened to what I started, newest first; unread ones marked. */
export function MessageList() {
  const { data, reload, loadMore, open, markAll, hasUnread, notice } = useMessages();
  return (
    <View className="psv-card" data-testid="messages-list">
      <View className="psv-row">
        <View className="psv-subtitle">我的消息</View>
        {hasUnread && (
          <View
            className="psv-button"
            data-testid="messages-mark-all"
            onClick={() => void markAll()}
          >
            <Text>全部已读</Text>
          </View>
        )}
      </View>
      {notice && (
        <View className="psv-notice" role="alert">
          {notice}
        </View>
      )}
      {data.state === 'loading' && <LoadingState />}
      {data.state === 'error' && <ErrorState message={data.error.message} onRetry={reload} />}
      {data.state === 'ready' && data.items.length === 0 && (
        <EmptyState
          title="还没有消息"
          hint="报名、投稿、反馈、申报和理赔有了进展，都会在这里告诉您。"
        />
      )}
      {data.state === 'ready' &&
        data.items.map((m) => (
          <View
            key={m.messageId}
            className="psv-field"
            data-testid="message-item"
            data-message-id={m.messageId}
            data-read={m.read ? 'true' : 'false'}
            onClick={() => open(m)}
          >
            <View className="psv-row">
              {m.read ? (
                <Text className="psv-text-secondary">已读</Text>
              ) : (
                <Text className="psv-badge psv-badge--failed" data-testid="message-unread-mark">
                  未读
                </Text>
              )}
              <Text className="psv-text-secondary">{formatDateTime(m.createdAt)}</Text>
            </View>
            <View style={m.read ? undefined : { fontWeight: 600 }}>{m.text}</View>
            {m.url && <View className="psv-text-secondary">点这里查看 ›</View>}
          </View>
        ))}
      {data.state === 'ready' && data.nextCursor && (
        <View className="psv-button" data-testid="messages-more" onClick={loadMore}>
          <Text>{data.loadingMore ? '正在加载…' : '看更早的消息'}</Text>
        </View>
      )}
    </View>
  );
}
