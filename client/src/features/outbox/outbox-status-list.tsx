import { Text, View } from '@tarojs/components';
import { useHeldPhotoProgress } from '../images/held-photo-progress';
import { heldHint } from './held-hint';
import type { HeldItem } from './outbox';
import type { OutboxItem, OutboxStatus } from './outbox-item';

const STATUS_LABEL: Record<OutboxStatus, string> = {
  pending: '等待发送',
  sending: '正在发送',
  sent: '已送达',
  failed: '没有成功',
};

/**
 * Each of my queued submissions with its state: pending / sending / sent / failed; and, without
 * any of their content, other people's held on this phone until they log in again.
 */
export function OutboxStatusList({
  items,
  held = [],
  onRetry,
  onDismiss,
}: {
  items: readonly OutboxItem[];
  held?: readonly HeldItem[];
  onRetry: () => void;
  onDismiss: (key: string) => void;
}) {
  const progressOf = useHeldPhotoProgress();
  if (items.length === 0 && held.length === 0) return null;
  const waiting = items.some((i) => i.status === 'pending');
  return (
    <View className="psv-card" data-testid="outbox-list">
      <View className="psv-subtitle">本机提交记录</View>
      {[...items].reverse().map((item) => (
        <View key={item.key} className="psv-field" data-status={item.status} data-key={item.key}>
          <View className="psv-row">
            <Text>{item.label}</Text>
            <Text className={`psv-badge psv-badge--${item.status}`}>
              {STATUS_LABEL[item.status]}
            </Text>
          </View>
          {item.status === 'pending' && (item.photos?.length ?? 0) > 0 && (
            <View className="psv-text-secondary" data-testid="outbox-photos-waiting">
              有 {item.photos?.length} 张照片在手机里，有网后自动发出
            </View>
          )}
          {item.status === 'sending' && (item.photos?.length ?? 0) > 0 && (
            <PhotoProgress photos={item.photos ?? []} progressOf={progressOf} />
          )}
          {item.status === 'pending' && item.lastError && (
            <View className="psv-text-secondary">{item.lastError.message}</View>
          )}
          {item.status === 'failed' && (
            <View>
              <View className="psv-field__error">
                {item.lastError?.message ?? '提交没有成功。'}
                {item.lastError?.fieldErrors &&
                  Object.values(item.lastError.fieldErrors).map((m) => <View key={m}>{m}</View>)}
              </View>
              <View className="psv-button" onClick={() => onDismiss(item.key)}>
                <Text>知道了，删除这条</Text>
              </View>
            </View>
          )}
        </View>
      ))}
      {held.map((item) => (
        <View key={item.key} className="psv-field" data-status="held" data-testid="outbox-held">
          <View>
            <Text>一条别人提交的内容</Text>
          </View>
          <Text className="psv-badge psv-badge--pending">{heldHint(item.authorName)}</Text>
        </View>
      ))}
      {waiting && (
        <View className="psv-button" onClick={onRetry}>
          <Text>现在重试</Text>
        </View>
      )}
    </View>
  );
}

/** While an item's photos go up: which one of how many, and how far (photos before the item). */
function PhotoProgress({
  photos,
  progressOf,
}: {
  photos: readonly string[];
  progressOf: (localId: string) => number | null;
}) {
  const at = photos.findIndex((id) => progressOf(id) !== null);
  if (at < 0) return null;
  return (
    <View className="psv-text-secondary" data-testid="outbox-photo-progress">
      正在上传第 {at + 1}/{photos.length} 张照片 {progressOf(photos[at] ?? '')}%
    </View>
  );
}
