import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { api } from '../../api/api';
import { ErrorState, LoadingState } from '../../components/page-state/page-state';
import type { HouseholdSummary } from '../households/households-api';
import { usePagedList } from '../households/use-paged-list';

/** "，身份证尾号0213" from a masked ID number (nothing when no digits are shown). */
function idTail(masked: string): string {
  const tail = /([0-9Xx]{4})$/.exec(masked)?.[1];
  return tail ? `，身份证尾号${tail}` : '';
}

/**
 * For a report filed by proxy: the village cadre finds the household record of the person named
 * (search by the head's name, prefilled with the report's subject) and picks it.
 */
export function HouseholdChooser({
  villageId,
  initialQuery,
  selected,
  onSelect,
  error,
}: {
  villageId: string;
  initialQuery: string;
  selected: string | null;
  onSelect: (householdId: string) => void;
  error?: string;
}) {
  const [typed, setTyped] = useState(initialQuery);
  const [query, setQuery] = useState(initialQuery);
  const list = usePagedList<HouseholdSummary>(
    (cursor) =>
      api.households.list({
        villageId,
        ...(query.trim() ? { q: query.trim() } : {}),
        limit: 10,
        ...(cursor ? { cursor } : {}),
      }),
    `${villageId}|${query}`,
  );
  return (
    <View className="psv-field" data-testid="household-chooser">
      <Text className="psv-field__label">这份申报是哪一户的？</Text>
      <View className="psv-row">
        <Input
          className="psv-input"
          name="householdQuery"
          value={typed}
          maxlength={20}
          placeholder="户主姓名"
          confirmType="search"
          onInput={(e) => setTyped(e.detail.value)}
          onConfirm={() => setQuery(typed)}
        />
      </View>
      <View
        className="psv-button"
        data-testid="household-chooser-search"
        onClick={() => setQuery(typed)}
      >
        <Text>查找本村农户</Text>
      </View>
      {list.state === 'loading' && <LoadingState text="正在查找…" />}
      {list.state === 'error' && list.error && (
        <ErrorState message={list.error.message} onRetry={list.reload} />
      )}
      {list.state === 'ready' && list.items.length === 0 && (
        <View className="psv-text-secondary">没有找到，换个名字试试（可以只输姓）。</View>
      )}
      {list.items.map((h) => (
        <View
          key={h.householdId}
          className={`psv-choice psv-risk-choice-row${selected === h.householdId ? ' psv-choice--active' : ''}`}
          data-testid="household-choice"
          data-household-id={h.householdId}
          onClick={() => onSelect(h.householdId)}
        >
          <Text>
            {selected === h.householdId ? '✓ ' : ''}
            {h.headName}（{h.memberCount} 口人{idTail(h.headIdNumberMasked)}）
          </Text>
        </View>
      ))}
      {list.state === 'ready' && list.hasMore && (
        <View className="psv-button" onClick={list.loadMore}>
          <Text>{list.loadingMore ? '正在加载…' : '更多'}</Text>
        </View>
      )}
      {error && <View className="psv-field__error">{error}</View>}
    </View>
  );
}
