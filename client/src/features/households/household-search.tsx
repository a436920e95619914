import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { HouseholdCard } from './household-card/household-card';
import {
  CATEGORY_LABEL,
  HOUSEHOLD_CATEGORIES,
  MONITOR_TYPES,
  MONITOR_TYPE_LABEL,
} from './household-labels';
import { householdDetailPath } from './official-roles';
import { useHouseholdSearch } from './use-household-search';

function Chip({
  active,
  label,
  onClick,
  data,
}: {
  active: boolean;
  label: string;
  onClick: () => void;
  data: string;
}) {
  return (
    <View
      className={`psv-choice${active ? ' psv-choice--active' : ''}`}
      data-filter={data}
      onClick={onClick}
    >
      <Text>{label}</Text>
    </View>
  );
}

/** 户情查询: name or last 4 of the ID, category and monitor-type filters, paged results. */
export function HouseholdSearch() {
  const s = useHouseholdSearch();
  const { list } = s;
  return (
    <View className="psv-card" data-testid="household-search">
      <View className="psv-subtitle">查找农户</View>
      <View className="psv-field">
        <Input
          className="psv-input"
          name="q"
          maxlength={20}
          value={s.typed}
          placeholder="户主姓名，或身份证后4位"
          confirmType="search"
          onInput={(event) => s.setTyped(event.detail.value)}
          onConfirm={s.search}
        />
      </View>
      <View
        className="psv-button psv-button--primary"
        data-testid="search-submit"
        onClick={s.search}
      >
        <Text>搜索</Text>
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">户类</Text>
        <View className="psv-choice-group">
          <Chip
            data="all"
            label="全部"
            active={s.applied.category === null}
            onClick={() => s.setCategory(null)}
          />
          {HOUSEHOLD_CATEGORIES.map((c) => (
            <Chip
              key={c}
              data={c}
              label={CATEGORY_LABEL[c]}
              active={s.applied.category === c}
              onClick={() => s.setCategory(c)}
            />
          ))}
        </View>
        {s.applied.category === 'monitored' && (
          <View className="psv-choice-group">
            <Chip
              data="monitor-all"
              label="全部三类户"
              active={s.applied.monitorType === null}
              onClick={() => s.setMonitorType(null)}
            />
            {MONITOR_TYPES.map((m) => (
              <Chip
                key={m}
                data={m}
                label={MONITOR_TYPE_LABEL[m]}
                active={s.applied.monitorType === m}
                onClick={() => s.setMonitorType(m)}
              />
            ))}
          </View>
        )}
      </View>
      <View data-testid="search-results">
        {list.state === 'loading' && <LoadingState text="正在查找…" />}
        {list.state === 'error' && list.error && (
          <ErrorState message={list.error.message} onRetry={list.reload} />
        )}
        {list.state === 'ready' && list.items.length === 0 && (
          <EmptyState title="没有找到农户" hint="换个姓氏，或者输入身份证号的最后4位试试。" />
        )}
        {list.items.map((h) => (
          <HouseholdCard
            key={h.householdId}
            household={h}
            onOpen={() => void Taro.navigateTo({ url: householdDetailPath(h.householdId) })}
          />
        ))}
        {list.moreError && <View className="psv-field__error">{list.moreError.message}</View>}
        {list.state === 'ready' && list.hasMore && (
          <View className="psv-button" onClick={list.loadingMore ? undefined : list.loadMore}>
            <Text>{list.loadingMore ? '正在加载…' : '加载更多'}</Text>
          </View>
        )}
      </View>
    </View>
  );
}
