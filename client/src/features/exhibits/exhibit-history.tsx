import { Text, View } from '@tarojs/components';
import { historyLine } from '@shared/exhibits/exhibit-history';
import type { ExhibitHistoryEntry } from '@shared/exhibits/exhibit-history';

/** The day of an entry as people write it: 11月28日. */
function dayOf(at: string): string {
  const d = new Date(at);
  return `${d.getMonth() + 1}月${d.getDate()}日`;
}

/** 投稿经过: 提交 / 退回：note / 重新提交, oldest first, for the contributor and the cadre. */
export function ExhibitHistory({ history }: { history: readonly ExhibitHistoryEntry[] }) {
  if (history.length === 0) return null;
  return (
    <View className="psv-exhibit-history" data-testid="exhibit-history">
      <Text className="psv-field__label">投稿经过</Text>
      {history.map((entry, i) => (
        <View
          key={`${entry.at}-${i}`}
          className="psv-exhibit-history__entry"
          data-testid="exhibit-history-entry"
          data-kind={entry.kind}
        >
          <Text className="psv-text-secondary">{dayOf(entry.at)} </Text>
          <Text>{historyLine(entry)}</Text>
        </View>
      ))}
    </View>
  );
}
