import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { POLICY_CATEGORY_LABEL } from '@shared/policies/policy-labels';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { LastSeenLine } from '../offline/last-seen-line/last-seen-line';
import { PolicyCard } from './policy-card/policy-card';
import { PolicyCategoryChips } from './policy-category-chips';
import { policyArticlePath } from './policy-paths';
import { PolicySearchBox } from './policy-search-box';
import { usePolicyList } from './use-policy-list';

/** Policies by category chip, or found by everyday words. */
export function PolicyList() {
  const { filter, chooseCategory, search, list } = usePolicyList();
  const open = (policyId: string) => void Taro.navigateTo({ url: policyArticlePath(policyId) });
  const query = filter.query.trim();
  return (
    <View>
      <View className="psv-card">
        <PolicySearchBox key={query} query={filter.query} onSearch={search} />
        <PolicyCategoryChips selected={filter.category} onChange={chooseCategory} />
      </View>
      {query && (
        <View className="psv-subtitle" data-testid="policy-search-heading">
          和“{query}”有关的政策
        </View>
      )}
      <View data-testid="policy-list" data-state={list.state} data-query={query}>
        {list.state === 'ready' && <LastSeenLine savedAt={list.lastSeenAt} />}
        {list.state === 'loading' && <LoadingState text="正在查找政策…" />}
        {list.state === 'error' && (
          <ErrorState message={list.error.message} onRetry={list.reload} />
        )}
        {list.state === 'ready' && list.data.items.length === 0 && (
          <EmptyState
            title={
              query
                ? `没有找到和“${query}”有关的政策`
                : filter.category
                  ? `“${POLICY_CATEGORY_LABEL[filter.category]}”类暂时没有政策`
                  : '暂时还没有政策'
            }
            hint="换个说法试试，比如“上学”“看病”“贷款”；也可以问问村干部。"
          />
        )}
        {list.state === 'ready' &&
          list.data.items.map((policy) => (
            <PolicyCard key={policy.policyId} policy={policy} onOpen={open} />
          ))}
      </View>
    </View>
  );
}
