import { Text, View } from '@tarojs/components';
import { SHOWING_LAST_SEEN } from '../offline-copy';

const pad = (n: number) => String(n).padStart(2, '0');

/** "12月3日 09:05": when the copy on the screen was kept. */
export function keptAtText(savedAt: number): string {
  const d = new Date(savedAt);
  return `${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Above a list shown from the phone's copy: says so, and when the copy is from. */
export function LastSeenLine({ savedAt }: { savedAt: number | null | undefined }) {
  if (savedAt === null || savedAt === undefined) return null;
  return (
    <View className="psv-notice" role="status" data-testid="last-seen-line">
      <Text>{SHOWING_LAST_SEEN}</Text>
      <View className="psv-text-secondary">
        <Text>{`这是 ${keptAtText(savedAt)} 看到的，联网后会自动更新。`}</Text>
      </View>
    </View>
  );
}
